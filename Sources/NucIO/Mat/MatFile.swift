/// A MATLAB Level-5 MAT-file, as MATLAB `save -v6`/`-v7` and `scipy.io.savemat` write it.
///
/// Opening maps the file, checks its 128-byte header and lists its variables, reading only
/// the first bytes of each (up to 1 KiB of a compressed one). `variable(_:)` then reads one
/// variable in full. Both byte orders are read, compressed (`miCOMPRESSED`, zlib) and plain
/// variables, numeric arrays of every class, char, cell and struct arrays; sparse and
/// complex arrays, objects and function handles are rejected with a message, as are
/// v7.3 (HDF5) and v4 files.
///
/// Arrays keep their MATLAB shape (at least two dimensions) and list their elements in
/// row-major (C) order for that shape, as numpy's `scipy.io.loadmat` result does; MATLAB
/// stores them column-major. Numbers come in their MATLAB class, converted from the
/// storage type as `loadmat(mat_dtype=True)` converts them.
///
/// The file is untrusted: every size is checked against the bytes that hold it, element
/// counts against overflow, nesting and decompressed sizes against `limits`, and every
/// failure is an `InputError` naming the file and the byte offset (for data inside a
/// compressed variable, the offset of its `miCOMPRESSED` element).
///
/// Reference: MATLAB "MAT-File Format" (R2024a); scipy 1.17.1 `scipy/io/matlab/_mio5.py`.
public struct MatFile: Sendable {
    /// The path the file was opened from.
    public let path: String
    /// The names of the variables in file order, each once (a repeated name refers to the
    /// last variable of that name, as in scipy).
    public let variableNames: [String]
    /// The bounds the reader keeps to.
    public let limits: MatLimits

    /// Whether numbers in the file are big-endian.
    let isBigEndian: Bool
    /// Every top-level variable in file order.
    let entries: [MatVariableEntry]
    let mapping: MemoryMappedFile

    /// Opens a MAT-file and lists its variables.
    ///
    /// - Parameters:
    ///   - path: The file.
    ///   - limits: Bounds on nesting and decompression; the defaults suit label files.
    /// - Throws: `InputError` naming the file (and byte offset) when it cannot be opened,
    ///   is a v7.3 (HDF5) or v4 MAT-file, has a malformed header, is truncated, holds an
    ///   element other than a variable at the top level, or a variable's header (flags,
    ///   dimensions, name) is malformed or its compressed stream is corrupt or too large.
    public init(path: String, limits: MatLimits = MatLimits()) throws {
        let mapping = try MemoryMappedFile(path: path)
        let header = try mapping.withBytes { try MatFileHeader(bytes: $0, file: path) }
        let entries = try mapping.withBytes { bytes in
            try Self.scanVariables(
                MatBuffer(bytes: bytes, isBigEndian: header.isBigEndian, file: path, compressedElementOffset: nil),
                limits: limits)
        }
        var seen: Set<String> = []
        self.path = path
        self.limits = limits
        self.isBigEndian = header.isBigEndian
        self.entries = entries
        self.mapping = mapping
        self.variableNames = entries.map(\.name).filter { seen.insert($0).inserted }
    }

    /// Reads one variable.
    ///
    /// - Parameter name: The variable's name.
    /// - Returns: Its value.
    /// - Throws: `InputError` naming the file and byte offset if there is no such variable,
    ///   its data is malformed or truncated, its compressed stream is corrupt, or it is of
    ///   an unsupported kind (sparse, complex, object, function handle) or nests deeper
    ///   than `limits.maximumNestingDepth`.
    public func variable(_ name: String) throws -> MatValue {
        try value(of: entry(named: name))
    }

    // MARK: - Internals

    /// The last variable called `name`.
    ///
    /// - Parameter name: The name.
    /// - Returns: Its entry.
    /// - Throws: `InputError` listing the file's variables if there is none.
    func entry(named name: String) throws -> MatVariableEntry {
        guard let entry = entries.last(where: { $0.name == name }) else {
            let names = variableNames.map { "'\($0)'" }.joined(separator: ", ")
            throw InputError(
                "no variable named '\(name)'; the file holds \(names.isEmpty ? "none" : names)", file: path)
        }
        return entry
    }

    /// Reads the value of a variable.
    ///
    /// - Parameter entry: The variable.
    /// - Returns: Its value.
    /// - Throws: `InputError` for malformed, corrupt or unsupported data.
    func value(of entry: MatVariableEntry) throws -> MatValue {
        let depth = limits.maximumNestingDepth
        switch entry.storage {
        case .plain(let count):
            return try mapping.withBytes { bytes in
                let buffer = MatBuffer(bytes: bytes, isBigEndian: isBigEndian, file: path, compressedElementOffset: nil)
                let tag = MatTag(
                    position: entry.offset, code: MatDataType.matrix.rawValue,
                    dataOffset: entry.dataOffset, count: count, next: entry.dataOffset + count)
                return try MatMatrixParser(buffer: buffer, maximumDepth: depth).value(of: tag, depth: 0)
            }
        case .compressed(let compressedCount, let matrixSize):
            let matrix = try mapping.withBytes { bytes in
                try Self.inflating(elementAt: entry.offset, file: path) {
                    try ZlibInflater.inflate(
                        UnsafeRawBufferPointer(rebasing: bytes[entry.dataOffset..<entry.dataOffset + compressedCount]),
                        expectedSize: matrixSize, limit: matrixSize, format: .zlib)
                }
            }
            return try matrix.withUnsafeBytes { bytes in
                let buffer = MatBuffer(
                    bytes: bytes, isBigEndian: isBigEndian, file: path, compressedElementOffset: entry.offset)
                let tag = MatTag(
                    position: 0, code: MatDataType.matrix.rawValue, dataOffset: 8,
                    count: matrixSize - 8, next: matrixSize)
                return try MatMatrixParser(buffer: buffer, maximumDepth: depth).value(of: tag, depth: 0)
            }
        }
    }
}
