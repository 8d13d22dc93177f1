/// The records of a `torch.save` zip archive (PyTorch ≥ 1.6): `data.pkl`, `byteorder`,
/// `version` and the storages under `data/`, all inside one top-level folder named after the
/// saved file (`archive/` or, for example, `best/`).
///
/// Reference: torch 2.13 `torch/serialization.py` (`_save`, `_load`) and
/// `caffe2/serialize/inline_container.cc` (`PyTorchStreamReader`: the folder is the prefix
/// of the first entry's name).
struct TorchArchive {
    /// Largest `data.pkl` accepted: 256 MiB (SAM ViT-H's is about 60 KB).
    static let maximumPickleSize = 256 << 20

    /// The zip archive.
    let zip: ZipArchive
    /// The top-level folder, without its slash.
    let folder: String
    /// Whether storages are big-endian (the `byteorder` record says `big`).
    let bigEndian: Bool
    /// The serialization version of the `version` (or `.data/version`) record, when present.
    let version: Int?

    /// Opens the archive over a mapped file and checks its layout.
    ///
    /// - Parameters:
    ///   - mapping: The file.
    ///   - path: The file, for errors.
    /// - Throws: `InputError` naming the file when the zip is invalid, its entries lie in
    ///   several folders, or `data.pkl` is missing.
    init(mapping: MemoryMappedFile, path: String) throws {
        let zip = try ZipArchive(mapping: mapping, path: path)
        guard let first = zip.entries.first, let slash = first.name.firstIndex(of: "/") else {
            throw InputError("zip archive has no top-level folder, so it is not a torch.save checkpoint", file: path)
        }
        let folder = String(first.name[..<slash])
        if let stray = zip.entries.first(where: { !$0.name.hasPrefix(folder + "/") }) {
            throw InputError(
                "zip entry '\(stray.name)' lies outside the top-level folder '\(folder)/' of the other entries",
                file: path, offset: stray.localHeaderOffset)
        }
        self.zip = zip
        self.folder = folder
        guard zip.entry(named: folder + "/data.pkl") != nil else {
            throw InputError("torch checkpoint has no '\(folder)/data.pkl' record", file: path)
        }
        switch try Self.text(of: folder + "/byteorder", in: zip) {
        case nil, "little": bigEndian = false
        case "big": bigEndian = true
        case let other?:
            throw InputError("torch checkpoint byteorder '\(other)' is neither 'little' nor 'big'", file: path)
        }
        let versionText =
            try Self.text(of: folder + "/version", in: zip) ?? Self.text(of: folder + "/.data/version", in: zip)
        if let versionText {
            guard let number = Int(versionText), number > 0 else {
                throw InputError("torch checkpoint version '\(versionText)' is not a positive integer", file: path)
            }
            version = number
        } else {
            version = nil
        }
    }

    /// The unpickled `data.pkl`, with tensors as descriptions of their storages.
    ///
    /// - Returns: The top-level value.
    /// - Throws: `InputError` naming the file and the offset in it of a disallowed global or
    ///   malformed opcode.
    func root() throws -> PickleValue {
        guard let entry = zip.entry(named: folder + "/data.pkl") else {
            throw InputError("torch checkpoint has no '\(folder)/data.pkl' record", file: zip.path)
        }
        guard entry.uncompressedSize <= Self.maximumPickleSize else {
            throw InputError(
                "'\(entry.name)' of \(entry.uncompressedSize) bytes is larger than the"
                    + " \(Self.maximumPickleSize)-byte limit", file: zip.path, offset: entry.dataOffset)
        }
        let offset = entry.compression == .stored ? entry.dataOffset : 0
        return try zip.withContents(of: entry) { bytes in
            try Unpickler(allowList: .torchCheckpoint).unpickle(bytes, file: zip.path, offset: offset)
        }
    }

    /// Reads one tensor from its storage record, copying and converting each element once.
    ///
    /// - Parameters:
    ///   - tensor: The description `root()` gave.
    ///   - name: The tensor's key, for errors.
    /// - Returns: The tensor.
    /// - Throws: `InputError` naming the file, the tensor and the storage when the record is
    ///   missing, corrupt, or too small for the tensor's size, strides and offset.
    func read(_ tensor: PickledTensor, name: String) throws -> CheckpointTensor {
        let storage = tensor.storage
        let recordName = folder + "/data/" + storage.key
        guard let entry = zip.entry(named: recordName) else {
            throw InputError(
                "tensor '\(name)': storage record '\(recordName)' is missing from the archive", file: zip.path)
        }
        let (needed, overflow) = storage.elementCount.multipliedReportingOverflow(by: storage.dtype.itemSize)
        guard !overflow, entry.uncompressedSize >= needed else {
            throw InputError(
                "tensor '\(name)': storage record '\(recordName)' holds \(entry.uncompressedSize) bytes, fewer than"
                    + " the \(storage.elementCount) \(storage.dtype) elements it declares",
                file: zip.path, offset: entry.dataOffset)
        }
        let count: Int
        do {
            count = try tensor.layout.check(storageCount: storage.elementCount)
        } catch let error as InputError {
            throw InputError(
                "tensor '\(name)' in storage '\(recordName)': \(error.message)", file: zip.path,
                offset: entry.dataOffset)
        }
        let elements = try zip.withContents(of: entry) { bytes in
            ElementDecoder.elements(
                of: bytes, dtype: storage.dtype, layout: tensor.layout, count: count, bigEndian: bigEndian)
        }
        return try CheckpointTensor(shape: tensor.shape, elements: elements, dtype: storage.dtype)
    }

    // MARK: - Helpers

    /// The text of a small record without surrounding whitespace, or nil when it is absent.
    private static func text(of name: String, in zip: ZipArchive) throws -> String? {
        guard let entry = zip.entry(named: name) else { return nil }
        let bytes = try zip.contents(of: entry, limit: 64)
        let isSpace: (UInt8) -> Bool = { $0 == 0x20 || (0x09...0x0D).contains($0) }
        let trimmed = bytes.drop(while: isSpace).reversed().drop(while: isSpace).reversed()
        return String(decoding: trimmed, as: UTF8.self)
    }
}
