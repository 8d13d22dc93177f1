import NucIO
import Testing

@Suite struct UnpicklerTests {}

// MARK: - Fixtures written by Python

extension UnpicklerTests {
    @Test(arguments: PickleFixtures.valueNames(suffix: ".pkl").filter { !$0.hasPrefix("torch") })
    func readsWhatPythonReads(name: String) throws {
        let expected = try #require(PickleFixtures.all[name]?["value"])
        let value = try Unpickler().unpickle(path: PickleFixtures.path(name))
        let problem = pickleMismatch(value, expected)
        #expect(problem == nil, "\(problem ?? "")")
    }

    @Test func fixturesCoverEveryProtocol() {
        let names = PickleFixtures.valueNames(suffix: ".pkl")
        #expect(["plain_p2.pkl", "plain_p3.pkl", "plain_p4.pkl", "plain_p5.pkl"].allSatisfy(names.contains))
        #expect(PickleFixtures.errorNames.filter { $0.hasPrefix("evil_") }.count == 6)
        #expect(PickleFixtures.errorNames.filter { $0.hasPrefix("mask_") }.count == 5)
    }

    @Test func sharedReferencesAndOrderedDictsSurvive() throws {
        let value = try Unpickler().unpickle(path: PickleFixtures.path("plain_p4.pkl"))
        let shared = try #require(value["shared"]?.elements)
        #expect(shared.count == 2 && shared[0] == shared[1])
        #expect(value["ordered"]?.entries?.map(\.key) == [.string("z"), .string("a")])
        #expect(value["arrays"]?["transposed"]?.array?.shape == [3, 2, 4])
    }

    @Test(arguments: PickleFixtures.errorNames.filter { $0.hasSuffix(".pkl") })
    func rejectsWhatMustNotBeRead(name: String) throws {
        let fragment = try #require(PickleFixtures.all[name]?["error"]?.text)
        let path = PickleFixtures.path(name)
        expectPickleError(file: path, containing: fragment) { _ = try Unpickler().unpickle(path: path) }
    }

    @Test func disallowedGlobalIsNamedAtItsOpcode() throws {
        let path = PickleFixtures.path("evil_os_system_global.pkl")
        let error = expectPickleError(file: path, containing: "pickle global os.system is not allowed") {
            _ = try Unpickler().unpickle(path: path)
        }
        #expect(error?.offset == 2)
    }
}

// MARK: - A torch-like checkpoint through a custom allow-list

extension UnpicklerTests {
    @Test func torchLikeCheckpointRebuildsThroughPluggedInRules() throws {
        let name = "torch_like_data.pkl"
        let expected = try #require(PickleFixtures.all[name]?["value"])
        let value = try Unpickler(allowList: PickleFixtures.torchLike).unpickle(path: PickleFixtures.path(name))
        let problem = pickleMismatch(value, expected)
        #expect(problem == nil, "\(problem ?? "")")
        let weight = try #require(value["model"]?["layer.weight"]?.elements)
        guard case .persistentID(let storage) = weight[1] else {
            Issue.record("expected a persistent id, got \(weight[1])")
            return
        }
        #expect(storage.elements?[1] == .global("torch.FloatStorage"))
        #expect(value["args"] == .skipped(className: "argparse.Namespace"))
    }

    @Test func torchGlobalsAreRejectedByTheStandardList() throws {
        let path = PickleFixtures.path("torch_like_data.pkl")
        expectPickleError(file: path, containing: "pickle global torch._utils._rebuild_tensor_v2 is not allowed") {
            _ = try Unpickler().unpickle(path: path)
        }
    }

    @Test func errorsOfPluggedInRulesGetTheOpcodeOffset() throws {
        let failing = PickleFixtures.torchLike.adding([
            PickleGlobal("torch._utils._rebuild_tensor_v2", call: { _ in throw InputError("no tensors here") })
        ])
        let path = PickleFixtures.path("torch_like_data.pkl")
        let error = expectPickleError(file: path, containing: "no tensors here") {
            _ = try Unpickler(allowList: failing).unpickle(path: path)
        }
        #expect(error?.offset == 192)
    }
}

// MARK: - Entry points

extension UnpicklerTests {
    @Test func inMemoryInputReportsTheGivenFileAndOffset() {
        let bytes: [UInt8] = [0x80, 0x02, 0xFF]
        let error = expectPickleError(file: "archive/data.pkl", containing: "unknown pickle opcode 0xFF") {
            _ = try Unpickler().unpickle(bytes, file: "archive/data.pkl", offset: 100)
        }
        #expect(error?.offset == 102)
    }

    @Test func missingFileNamesThePath() {
        let path = PickleFixtures.path("no_such.pkl")
        expectInputError(file: path, containing: "cannot open") { _ = try Unpickler().unpickle(path: path) }
    }

    @Test func smallestPicklesRead() throws {
        #expect(try Unpickler().unpickle([0x4E, 0x2E]) == .none)
        #expect(try Unpickler().unpickle([0x80, 0x05, 0x88, 0x2E]) == .bool(true))
        #expect(try Unpickler().unpickle([0x80, 0x02, 0x4A, 0xFF, 0xFF, 0xFF, 0xFF, 0x2E]) == .int(-1))
    }
}
