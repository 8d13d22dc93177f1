import Testing

@testable import NucIO

@Suite struct TorchRebuildTests {}

extension TorchRebuildTests {
    @Test func torchLikeFixtureRebuildsTensors() throws {
        let value = try Unpickler(allowList: .torchCheckpoint).unpickle(
            path: PickleFixtures.path("torch_like_data.pkl"))
        guard case .tensor(let weight)? = value["model"]?["layer.weight"] else {
            Issue.record("expected a tensor, got \(String(describing: value["model"]?["layer.weight"]))")
            return
        }
        #expect(weight.storage.dtype == .float32 && weight.storage.location == "cpu")
        #expect(weight.shape.count == weight.strides.count)
        #expect(PickleValue.tensor(weight).typeName == "torch.Tensor" && PickleValue.tensor(weight).containsTensor)
    }

    @Test func rebuildsAndRejectsStorages() throws {
        let text = TorchPickleBytes.text
        let good = text("storage") + Array("ctorch\nHalfStorage\n".utf8) + text("7") + text("cuda:0") + [0x4B, 0x04]
        let value = try Unpickler(allowList: .torchCheckpoint).unpickle(
            TorchPickleBytes.pickle(storage: good, offset: 2))
        let storage = PickledTensor.Storage(key: "7", dtype: .float16, location: "cuda:0", elementCount: 4)
        #expect(value == .tensor(PickledTensor(storage: storage, storageOffset: 2, shape: [2], strides: [1])))
        let slash = text("storage") + Array("ctorch\nFloatStorage\n".utf8) + text("../x") + text("cpu") + [0x4B, 0x04]
        expectPickleError(file: nil, containing: "tensor storage key '../x' is not a plain record name") {
            _ = try Unpickler(allowList: .torchCheckpoint).unpickle(TorchPickleBytes.pickle(storage: slash))
        }
        let complex = text("storage") + Array("ctorch\nComplexFloatStorage\n".utf8)
        expectPickleError(file: nil, containing: "pickle global torch.ComplexFloatStorage is not allowed") {
            _ = try Unpickler(allowList: .torchCheckpoint).unpickle(TorchPickleBytes.pickle(storage: complex))
        }
        let short = text("storage") + Array("ctorch\nFloatStorage\n".utf8) + text("0")
        expectPickleError(file: nil, containing: "tensor storage must be a persistent id ('storage', type, key") {
            _ = try Unpickler(allowList: .torchCheckpoint).unpickle(TorchPickleBytes.pickle(storage: short))
        }
    }
}
