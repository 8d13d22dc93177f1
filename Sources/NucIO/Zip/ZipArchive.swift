import CZlib

/// A read-only zip archive over a memory-mapped file: the reader PyTorch checkpoints need.
///
/// Opening reads the end-of-central-directory record (and its ZIP64 form, for archives whose
/// sizes, offsets or counts overflow 32 bits), every central-directory entry and every local
/// header, and checks each size and offset against the file before anything is read through
/// it. Entries may be stored or deflated; encrypted entries, multi-disk archives and other
/// compression methods are rejected. Reading an entry checks its CRC-32.
///
/// Reference: PKWARE APPNOTE.TXT 6.3.10, sections 4.3.7 (local header), 4.3.12 (central
/// directory), 4.3.14–4.3.16 (ZIP64 and end records) and 4.5.3 (ZIP64 extra field).
struct ZipArchive: Sendable {
    /// The file, named in errors.
    let path: String
    /// The entries in central-directory order.
    let entries: [ZipEntry]
    private let mapping: MemoryMappedFile
    private let positions: [String: Int]

    /// Opens the archive at `path`.
    ///
    /// - Parameter path: The zip file.
    /// - Throws: `InputError` naming the file (and the offset) when it cannot be mapped or
    ///   is not a valid zip archive.
    init(path: String) throws {
        try self.init(mapping: MemoryMappedFile(path: path), path: path)
    }

    /// Opens an archive over a file already mapped.
    ///
    /// - Parameters:
    ///   - mapping: The file's bytes.
    ///   - path: The file, named in errors.
    /// - Throws: `InputError` naming the file and the offset of the first problem.
    init(mapping: MemoryMappedFile, path: String) throws {
        let entries: [ZipEntry]
        do {
            entries = try mapping.withBytes { try ZipDirectory.entries(of: $0) }
        } catch let error as InputError {
            throw error.inFile(path)
        }
        var positions: [String: Int] = [:]
        for (index, entry) in entries.enumerated() {
            guard positions.updateValue(index, forKey: entry.name) == nil else {
                throw InputError(
                    "zip archive holds two entries named '\(entry.name)'", file: path, offset: entry.localHeaderOffset)
            }
        }
        self.path = path
        self.entries = entries
        self.mapping = mapping
        self.positions = positions
    }

    /// The entry with a given name.
    ///
    /// - Parameter name: The path inside the archive.
    /// - Returns: The entry, or nil when there is none.
    func entry(named name: String) -> ZipEntry? {
        positions[name].map { entries[$0] }
    }

    /// Runs `body` with an entry's uncompressed bytes, after checking their CRC-32.
    ///
    /// A stored entry is handed over in place, straight from the mapped file; a deflated one
    /// is first inflated into memory.
    ///
    /// - Parameters:
    ///   - entry: One of `entries`.
    ///   - body: Reads the bytes; it must not let the buffer escape.
    /// - Returns: What `body` returns.
    /// - Throws: `InputError` naming the file and the entry when it is corrupt, or what
    ///   `body` throws.
    func withContents<Result>(of entry: ZipEntry, _ body: (UnsafeRawBufferPointer) throws -> Result) throws
        -> Result
    {
        try mapping.withBytes { file in
            let stored = UnsafeRawBufferPointer(rebasing: file[entry.dataRange])
            switch entry.compression {
            case .stored:
                // The bytes are copied out by `body`; dropping their pages keeps a multi-GB
                // checkpoint from being resident twice (mapped file plus copies) while it loads.
                defer { mapping.release(entry.dataRange) }
                try check(stored, of: entry)
                return try body(stored)
            case .deflated:
                let inflated: [UInt8]
                do {
                    inflated = try ZlibInflater.inflate(
                        stored, expectedSize: entry.uncompressedSize, limit: entry.uncompressedSize, format: .raw)
                } catch let error as InputError {
                    throw InputError(
                        "zip entry '\(entry.name)': \(error.message)", file: path, offset: entry.dataOffset)
                }
                return try inflated.withUnsafeBytes { bytes in
                    try check(bytes, of: entry)
                    return try body(bytes)
                }
            }
        }
    }

    /// An entry's uncompressed bytes, for small entries such as a pickle.
    ///
    /// - Parameters:
    ///   - entry: One of `entries`.
    ///   - limit: The largest size accepted.
    /// - Returns: A copy of the bytes.
    /// - Throws: `InputError` when the entry is larger than `limit` or corrupt.
    func contents(of entry: ZipEntry, limit: Int) throws -> [UInt8] {
        guard entry.uncompressedSize <= limit else {
            throw InputError(
                "zip entry '\(entry.name)' of \(entry.uncompressedSize) bytes is larger than the \(limit)-byte limit",
                file: path, offset: entry.localHeaderOffset)
        }
        return try withContents(of: entry) { Array($0) }
    }

    // MARK: - Helpers

    /// Checks the CRC-32 of an entry's uncompressed bytes.
    private func check(_ bytes: UnsafeRawBufferPointer, of entry: ZipEntry) throws {
        var crc: UInt = 0
        var remaining = bytes
        while !remaining.isEmpty {
            let chunk = min(remaining.count, Int(UInt32.max >> 1))
            let start = remaining.baseAddress?.assumingMemoryBound(to: Bytef.self)
            crc = CZlib.crc32(crc, start, uInt(chunk))
            remaining = UnsafeRawBufferPointer(rebasing: remaining[chunk...])
        }
        guard UInt32(truncatingIfNeeded: crc) == entry.crc32 else {
            throw InputError(
                "zip entry '\(entry.name)' fails its CRC-32 check (the file is corrupt)", file: path,
                offset: entry.dataOffset)
        }
    }
}
