/// The container a checkpoint file uses.
public enum CheckpointFormat: Sendable, Equatable {
    /// A `torch.save` zip archive (PyTorch ≥ 1.6).
    ///
    /// - `folder`: the archive's top-level folder (`archive`, or the saved file's stem such as `best`);
    /// - `version`: the number in its `version` record, when present (3 for torch 2.x).
    case torchZip(folder: String, version: Int?)
    /// A safetensors file (Hugging Face), version 0.x layout.
    case safetensors
}
