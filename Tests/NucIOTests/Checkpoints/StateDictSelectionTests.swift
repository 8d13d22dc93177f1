import Testing

@testable import NucIO

@Suite struct StateDictSelectionTests {}

extension StateDictSelectionTests {
    private func tensor(_ key: String) -> PickleValue {
        let storage = PickledTensor.Storage(key: key, dtype: .float32, location: "cpu", elementCount: 1)
        return .tensor(PickledTensor(storage: storage, storageOffset: 0, shape: [1], strides: [1]))
    }

    private func dict(_ pairs: [(String, PickleValue)]) -> PickleValue {
        .dict(pairs.map { PickleValue.Entry(.string($0.0), $0.1) })
    }

    @Test func bareStateDictIsTheTopLevel() throws {
        let selection = try StateDictSelection(
            root: dict([("a.weight", tensor("0")), ("b", tensor("1"))]), weightsKey: nil)
        #expect(selection.weightsKey == nil && selection.tensors.map(\.name) == ["a.weight", "b"])
        #expect(selection.metadata.isEmpty && selection.skippedEntries.isEmpty && selection.strippedPrefix == nil)
    }

    @Test func modelEntrySortsTheRest() throws {
        let root = dict([
            ("epoch", .int(3)), ("model", dict([("module.x", tensor("0")), ("module.y", tensor("1"))])),
            ("model_ema", dict([("x", tensor("2"))])), ("args", .skipped(className: "argparse.Namespace")),
        ])
        let selection = try StateDictSelection(root: root, weightsKey: nil)
        #expect(selection.weightsKey == "model" && selection.strippedPrefix == "module.")
        #expect(selection.tensors.map(\.name) == ["x", "y"])
        #expect(selection.metadata.keys.sorted() == ["args", "epoch"] && selection.skippedEntries == ["model_ema"])
        let ema = try StateDictSelection(root: root, weightsKey: "model_ema")
        #expect(ema.tensors.map(\.tensor.storage.key) == ["2"] && ema.skippedEntries == ["model"])
    }

    @Test func partialPrefixIsKept() throws {
        let selection = try StateDictSelection(
            root: dict([("model", dict([("module.x", tensor("0")), ("y", tensor("1"))]))]), weightsKey: nil)
        #expect(selection.tensors.map(\.name) == ["module.x", "y"] && selection.strippedPrefix == nil)
    }

    @Test func rejectionsNameTheProblem() {
        expectInputError(file: nil, containing: "checkpoint's top level is a list, not a dict") {
            _ = try StateDictSelection(root: .list([]), weightsKey: nil)
        }
        expectInputError(
            file: nil, containing: "no 'model' entry and its top level is not a state dict; top-level keys: a, b"
        ) {
            _ = try StateDictSelection(root: dict([("a", tensor("0")), ("b", .int(1))]), weightsKey: nil)
        }
        expectInputError(file: nil, containing: "state dict entry 'b' is a float, not a tensor") {
            _ = try StateDictSelection(root: dict([("model", dict([("b", .float(1))]))]), weightsKey: nil)
        }
        expectInputError(file: nil, containing: "has a key of type int; expected strings") {
            _ = try StateDictSelection(root: .dict([PickleValue.Entry(.int(1), tensor("0"))]), weightsKey: nil)
        }
    }
}
