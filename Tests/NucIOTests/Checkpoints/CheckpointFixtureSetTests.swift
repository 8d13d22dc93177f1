import Foundation
import NucIO
import Testing

/// The second fixture set, written independently by `Tools/fixtures/make_checkpoint_fixtures.py`
/// (`Fixtures/checkpoints/expected.json`, torch 2.13): every file `Checkpoint.read` must read
/// or reject, with what torch reads from it.
@Suite struct CheckpointFixtureSetTests {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/checkpoints")

    static let all: [String: JSON] = {
        let path = directory.appendingPathComponent("expected.json").path
        return (try? JSON.read(path: path))?["fixtures"]?.members ?? [:]
    }()

    static var readable: [String] { all.filter { $0.value["expect"] != nil }.keys.sorted() }
    static var rejected: [String] { all.filter { $0.value["error"] != nil }.keys.sorted() }
}

extension CheckpointFixtureSetTests {
    /// The path and weights-key argument of a fixture key `file` or `file#variant`.
    private func arguments(_ key: String) throws -> (path: String, weightsKey: String?) {
        let fixture = try #require(Self.all[key])
        let file = try #require(fixture["file"]?.text)
        return (Self.directory.appendingPathComponent(file).path, fixture["weights_key_argument"]?.text)
    }

    @Test func setIsPresent() {
        #expect(Self.readable.count >= 9 && Self.rejected.count >= 14, "\(Self.all.count) fixtures")
    }

    @Test(arguments: readable)
    func readsWhatTorchReads(key: String) throws {
        let expect = try #require(Self.all[key]?["expect"])
        let (path, weightsKey) = try arguments(key)
        let contents = try Checkpoint.read(path: path, weightsKey: weightsKey)
        switch (contents.format, expect["format"]?.text) {
        case (.torchZip(let folder, _), "torchZip"): #expect(folder == expect["folder"]?.text)
        case (.safetensors, "safetensors"): break
        default: Issue.record("format \(contents.format) ≠ \(String(describing: expect["format"]))")
        }
        #expect(contents.weightsKey == expect["weights_key"]?.text)
        #expect(contents.strippedPrefix == expect["stripped_prefix"]?.text)
        #expect(contents.tensorNames == expect["tensor_order"]?.elements?.compactMap(\.text))
        if let keys = expect["metadata_keys"]?.elements {
            #expect(contents.metadata.keys.sorted() == keys.compactMap(\.text).sorted())
            #expect(contents.skippedEntries == expect["skipped_entries"]?.elements?.compactMap(\.text).sorted())
        } else if let metadata = expect["metadata"]?.members {
            #expect(contents.metadata == metadata.compactMapValues { $0.text.map(PickleValue.string) })
        }
        for (name, description) in try #require(expect["tensors"]?.members) {
            let tensor = try #require(contents.tensors[name], "\(name) is missing")
            #expect(tensor.dtype.rawValue == description["dtype"]?.text, "\(name)")
            #expect(tensor.shape == description["shape"]?.ints, "\(name)")
            let values = (description["values"]?.doubles ?? []).map(Float.init)
            #expect(tensor.elements.map(\.bitPattern) == values.map(\.bitPattern), "\(name)")
        }
    }

    @Test(arguments: rejected)
    func rejectsWhatItMust(key: String) throws {
        let fragment = try #require(Self.all[key]?["error"]?.text)
        let (path, weightsKey) = try arguments(key)
        expectInputError(file: path, containing: fragment) {
            _ = try Checkpoint.read(path: path, weightsKey: weightsKey)
        }
    }
}
