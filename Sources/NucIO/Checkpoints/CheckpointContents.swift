/// What `Checkpoint.read(path:weightsKey:)` found: the model's tensors and what else the file holds.
public struct CheckpointContents: Sendable {
    /// The file.
    public let path: String
    /// Its container.
    public let format: CheckpointFormat
    /// The model's tensors by state-dict key (without a `module.` prefix).
    public let tensors: [String: CheckpointTensor]
    /// The keys of `tensors` in the order the file stores them.
    public let tensorNames: [String]
    /// The top-level entry the weights came from (`model`), or nil when the top level itself is
    /// the state dict (the official `sam_vit_*.pth`) or the file is safetensors.
    public let weightsKey: String?
    /// `module.` when every key carried that `DataParallel` prefix and it was removed; nil otherwise.
    public let strippedPrefix: String?
    /// Top-level entries besides the weights that hold no tensors.
    ///
    /// For example `epoch`, `f1`, `metrics` or `args` (an `argparse.Namespace`, kept as
    /// `.skipped`); for safetensors, the `__metadata__` strings.
    public let metadata: [String: PickleValue]
    /// Top-level entries besides the weights that hold tensors and were not read, such as
    /// `optimizer` or `model_ema`, sorted.
    public let skippedEntries: [String]

    /// Creates contents.
    ///
    /// - Parameters:
    ///   - path: The file.
    ///   - format: Its container.
    ///   - tensors: The tensors by key, in file order.
    ///   - weightsKey: Where the weights came from.
    ///   - strippedPrefix: The prefix removed from every key, if any.
    ///   - metadata: Other tensor-free top-level entries.
    ///   - skippedEntries: Other top-level entries holding tensors.
    /// - Throws: `InputError` naming the file when two tensors have the same key.
    public init(
        path: String, format: CheckpointFormat, tensors: [(name: String, tensor: CheckpointTensor)],
        weightsKey: String?, strippedPrefix: String?, metadata: [String: PickleValue], skippedEntries: [String]
    ) throws {
        var byName: [String: CheckpointTensor] = [:]
        for (name, tensor) in tensors {
            guard byName.updateValue(tensor, forKey: name) == nil else {
                throw InputError("checkpoint holds two tensors named '\(name)'", file: path)
            }
        }
        self.path = path
        self.format = format
        self.tensors = byName
        self.tensorNames = tensors.map(\.name)
        self.weightsKey = weightsKey
        self.strippedPrefix = strippedPrefix
        self.metadata = metadata
        self.skippedEntries = skippedEntries.sorted()
    }
}
