import NucIO

extension WeightStore {
    /// Creates a store over the model tensors of a checkpoint file.
    ///
    /// - Parameters:
    ///   - path: A `torch.save` zip checkpoint (PyTorch ≥ 1.6) or a safetensors file.
    ///   - weightsKey: The top-level entry holding the state dict (`model_ema`, say); nil to
    ///     take `model`, or the top level when it is itself a state dict (official SAM files).
    /// - Throws: `InputError` naming the file when `Checkpoint.read(path:weightsKey:)` fails.
    public convenience init(checkpoint path: String, weightsKey: String? = nil) throws {
        self.init(checkpoint: try Checkpoint.read(path: path, weightsKey: weightsKey))
    }

    /// Creates a store over checkpoint contents already read, sharing their element buffers.
    ///
    /// - Parameter contents: What `Checkpoint.read(path:weightsKey:)` returned.
    public convenience init(checkpoint contents: CheckpointContents) {
        self.init(
            tensors: contents.tensors.mapValues { Tensor(shape: $0.shape, elements: $0.elements) },
            source: contents.path)
    }
}
