/// Whole-file reads of small inputs (JSON sets, manifests) with a size limit.
enum FileBytes {
    /// Largest file read whole: 512 MiB.
    static let maximumSize = 512 << 20

    /// Reads a file into memory.
    ///
    /// - Parameter path: The file.
    /// - Returns: Its bytes.
    /// - Throws: `InputError` when it cannot be opened, is not a regular file or is larger
    ///   than `maximumSize`.
    static func read(path: String) throws -> [UInt8] {
        let mapping = try MemoryMappedFile(path: path)
        guard mapping.count <= maximumSize else {
            throw InputError("file of \(mapping.count) bytes is larger than the \(maximumSize)-byte limit", file: path)
        }
        return mapping.withBytes { Array($0) }
    }
}
