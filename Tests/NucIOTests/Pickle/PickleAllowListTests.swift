import NucIO
import Testing

@Suite struct PickleAllowListTests {}

// MARK: - Entries

extension PickleAllowListTests {
    @Test func standardListCoversBothNumpyGenerations() {
        let names = PickleAllowList.standard.names
        for package in ["numpy.core", "numpy._core"] {
            #expect(names.contains("\(package).multiarray._reconstruct"))
            #expect(names.contains("\(package).multiarray.scalar"))
            #expect(names.contains("\(package).numeric._frombuffer"))
        }
        #expect(names.contains("collections.OrderedDict") && names.contains("_codecs.encode"))
        #expect(!names.contains { $0.hasPrefix("os.") || $0.hasPrefix("subprocess.") || $0 == "builtins.eval" })
    }

    @Test func addingReplacesEntriesOfTheSameName() throws {
        let list = PickleAllowList.standard.adding([PickleGlobal("numpy.ndarray", call: { _ in .none })])
        #expect(list["numpy.ndarray"]?.call != nil)
        #expect(PickleAllowList.standard["numpy.ndarray"]?.call == nil)
        #expect(list.names.count == PickleAllowList.standard.names.count)
    }

    @Test func skippedAndNameEntries() throws {
        let skipped = PickleGlobal.skipped("argparse.Namespace")
        #expect(try skipped.call?([.int(1)]) == .skipped(className: "argparse.Namespace"))
        guard case .ignoreState = skipped.build else {
            Issue.record("skipped classes must drop their state")
            return
        }
        #expect(PickleGlobal.name("torch.FloatStorage").call == nil)
    }
}

// MARK: - Built-in rules through pickles

extension PickleAllowListTests {
    @Test func latin1EncodingRejectsWideCharacters() {
        let bytes: [UInt8] =
            [0x80, 0x02, 0x63] + Array("_codecs\nencode\n".utf8) + [0x8C, 0x02, 0xC4, 0x80]
            + [0x8C, 0x06] + Array("latin1".utf8) + [0x86, 0x52, 0x2E]
        expectPickleError(file: nil, containing: "U+100 is not Latin-1") { _ = try Unpickler().unpickle(bytes) }
    }

    @Test func orderedDictTakesNoArguments() {
        let bytes: [UInt8] =
            [0x80, 0x02, 0x63] + Array("collections\nOrderedDict\n".utf8) + [0x4E, 0x85, 0x52, 0x2E]
        expectPickleError(file: nil, containing: "takes no arguments") { _ = try Unpickler().unpickle(bytes) }
    }
}
