/// Reads model weights from PyTorch checkpoints and safetensors files without Python.
///
/// A `torch.save` zip archive (PyTorch ≥ 1.6) is read through `ZipArchive` and an
/// `Unpickler` whose allow-list is `PickleAllowList.torchCheckpoint`: tensors, storages,
/// dicts, `OrderedDict`s, lists, tuples, numbers, strings and numpy scalars and dtypes are
/// rebuilt, `argparse.Namespace` is skipped, and any other global is rejected by name before
/// anything runs. Only the selected state dict's tensors are read (`StateDictSelection`), each
/// copied once from the memory-mapped file into its `[Float]`.
public enum Checkpoint {
    /// Reads the model's tensors and the tensor-free metadata of a checkpoint.
    ///
    /// - Parameters:
    ///   - path: A `torch.save` zip archive or a safetensors file.
    ///   - weightsKey: The top-level entry holding the state dict (`model_ema`, say); nil to
    ///     take `model`, or the top level when it is itself a state dict. Ignored for safetensors.
    /// - Returns: The tensors and metadata.
    /// - Throws: `InputError` naming the file (and the entry or byte offset) when it cannot be
    ///   read, is another format (a legacy pre-1.6 `torch.save` file included), is corrupt or
    ///   truncated, uses a disallowed pickle global, or holds a tensor its storage cannot back.
    /// - Complexity: O(file size) time; memory is the selected tensors as `Float` plus the
    ///   pickle, the file being mapped rather than read.
    public static func read(path: String, weightsKey: String? = nil) throws -> CheckpointContents {
        let mapping = try MemoryMappedFile(path: path)
        let head = mapping.withBytes { Array($0.prefix(9)) }
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) || head.starts(with: [0x50, 0x4B, 0x05, 0x06]) {
            return try readTorch(mapping: mapping, path: path, weightsKey: weightsKey)
        }
        if head.count == 9, head[8] == UInt8(ascii: "{") {
            return try readSafetensors(mapping: mapping, path: path)
        }
        if head.first == 0x80 {
            throw InputError(
                "is a legacy (pre-1.6) torch.save file, which is not supported; re-save it with a newer torch",
                file: path, offset: 0)
        }
        throw InputError("is neither a torch.save zip checkpoint nor a safetensors file", file: path, offset: 0)
    }

    // MARK: - Formats

    private static func readTorch(mapping: MemoryMappedFile, path: String, weightsKey: String?) throws
        -> CheckpointContents
    {
        let archive = try TorchArchive(mapping: mapping, path: path)
        let selection: StateDictSelection
        do {
            selection = try StateDictSelection(root: archive.root(), weightsKey: weightsKey)
        } catch let error as InputError {
            throw error.inFile(path)
        }
        let tensors = try selection.tensors.map { name, tensor in
            (name: name, tensor: try archive.read(tensor, name: name))
        }
        return try CheckpointContents(
            path: path, format: .torchZip(folder: archive.folder, version: archive.version), tensors: tensors,
            weightsKey: selection.weightsKey, strippedPrefix: selection.strippedPrefix,
            metadata: selection.metadata, skippedEntries: selection.skippedEntries)
    }

    private static func readSafetensors(mapping: MemoryMappedFile, path: String) throws -> CheckpointContents {
        try mapping.withBytes { file in
            let header = try SafetensorsFile(file, path: path)
            let prefix = StateDictSelection.dataParallelPrefix
            let strip = !header.entries.isEmpty && header.entries.allSatisfy { $0.name.hasPrefix(prefix) }
            let tensors = try header.entries.map { entry in
                let layout = TensorLayout.contiguous(entry.shape)
                let count = try layout.check(storageCount: TensorLayout.count(of: entry.shape) ?? 0)
                let elements = ElementDecoder.elements(
                    of: UnsafeRawBufferPointer(rebasing: file[entry.range]), dtype: entry.dtype, layout: layout,
                    count: count, bigEndian: false)
                let name = strip ? String(entry.name.dropFirst(prefix.count)) : entry.name
                return (
                    name: name, tensor: try CheckpointTensor(shape: entry.shape, elements: elements, dtype: entry.dtype)
                )
            }
            return try CheckpointContents(
                path: path, format: .safetensors, tensors: tensors, weightsKey: nil,
                strippedPrefix: strip ? prefix : nil, metadata: header.metadata.mapValues { .string($0) },
                skippedEntries: [])
        }
    }
}
