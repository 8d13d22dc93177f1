extension MatFile {
    /// Bytes decompressed from a compressed variable to read its name when the file opens.
    static let peekSize = 1024

    /// Lists the top-level variables: `miMATRIX` and `miCOMPRESSED` elements, one after
    /// another from the end of the header to the end of the file.
    ///
    /// - Parameters:
    ///   - file: The whole file.
    ///   - limits: Bounds on decompressed sizes and nesting.
    /// - Returns: The variables in file order.
    /// - Throws: `InputError` for trailing bytes too short for a tag, an element longer
    ///   than the rest of the file, an element of another type, or a malformed header.
    static func scanVariables(_ file: MatBuffer, limits: MatLimits) throws -> [MatVariableEntry] {
        var entries: [MatVariableEntry] = []
        var position = MatFileHeader.size
        let parser = MatMatrixParser(buffer: file, maximumDepth: limits.maximumNestingDepth)
        while position < file.bytes.count {
            let remaining = file.bytes.count - position
            guard remaining >= 8 else {
                throw file.error(
                    "truncated: the \(remaining) bytes after the last variable are too few for a tag",
                    at: position)
            }
            let code = file.load(UInt32.self, at: position)
            let count = Int(file.load(UInt32.self, at: position + 4))
            guard count <= remaining - 8 else {
                throw file.error(
                    "truncated: variable (\(MatDataType.describe(code)) element) declares \(count) bytes, only "
                        + "\(remaining - 8) remain", at: position)
            }
            guard count > 0 else {
                throw file.error("variable (\(MatDataType.describe(code)) element) declares no bytes", at: position)
            }
            switch MatDataType(rawValue: code) {
            case .matrix:
                let tag = MatTag(
                    position: position, code: code, dataOffset: position + 8, count: count,
                    next: position + 8 + count)
                let name = try parser.header(of: tag).name
                entries.append(
                    MatVariableEntry(name: variableName(name), offset: position, storage: .plain(count: count)))
            case .compressed:
                let (name, matrixSize) = try compressedHeader(file, at: position, count: count, limits: limits)
                entries.append(
                    MatVariableEntry(
                        name: variableName(name), offset: position,
                        storage: .compressed(compressedCount: count, matrixSize: matrixSize)))
            default:
                throw file.error(
                    "expected a variable (miMATRIX or miCOMPRESSED element), found \(MatDataType.describe(code))",
                    at: position)
            }
            position += 8 + count
        }
        return entries
    }

    /// Reads the name and decompressed size of a compressed variable from the start of
    /// its stream, refusing sizes beyond `limits` before anything large is allocated.
    private static func compressedHeader(_ file: MatBuffer, at position: Int, count: Int, limits: MatLimits) throws
        -> (name: String, matrixSize: Int)
    {
        let compressed = UnsafeRawBufferPointer(rebasing: file.bytes[position + 8..<position + 8 + count])
        let head = try inflating(elementAt: position, file: file.file) {
            try ZlibInflater.inflatePrefix(compressed, count: peekSize, format: .zlib)
        }
        return try head.withUnsafeBytes { bytes in
            let buffer = MatBuffer(
                bytes: bytes, isBigEndian: file.isBigEndian, file: file.file, compressedElementOffset: position)
            guard bytes.count >= 8 else {
                throw buffer.error("decompressed data of \(bytes.count) bytes is too short for a matrix tag", at: 0)
            }
            let code = buffer.load(UInt32.self, at: 0)
            guard code == MatDataType.matrix.rawValue else {
                throw buffer.error(
                    "compressed data must hold an miMATRIX element, found \(MatDataType.describe(code))",
                    at: 0)
            }
            let matrixCount = Int(buffer.load(UInt32.self, at: 4))
            let matrixSize = 8 + matrixCount
            let limit = limits.decompressedSizeLimit(compressedSize: count)
            guard matrixSize <= limit else {
                throw buffer.error(
                    "the \(count) compressed bytes declare a \(matrixSize)-byte matrix, more than the \(limit)-byte "
                        + "limit (MatLimits): refusing to decompress a likely zip bomb", at: 0)
            }
            let headSize = min(matrixSize, peekSize)
            guard bytes.count >= headSize else {
                throw buffer.error(
                    "decompressed data ends after \(bytes.count) bytes, within the declared \(matrixSize)", at: 0)
            }
            guard matrixCount > 0 else {
                throw buffer.error("compressed miMATRIX element declares no bytes", at: 0)
            }
            let parser = MatMatrixParser(buffer: buffer, maximumDepth: limits.maximumNestingDepth)
            let tag = MatTag(position: 0, code: code, dataOffset: 8, count: headSize - 8, next: headSize)
            guard headSize < matrixSize else {
                return (try parser.header(of: tag).name, matrixSize)
            }
            // A header longer than the peeked bytes (many dimensions) is read from the whole matrix.
            let name =
                try (try? parser.header(of: tag).name)
                ?? fullHeaderName(file, at: position, count: count, matrixSize: matrixSize, limits: limits)
            return (name, matrixSize)
        }
    }

    /// Reads a compressed variable's name when its header is longer than `peekSize`.
    private static func fullHeaderName(
        _ file: MatBuffer, at position: Int, count: Int, matrixSize: Int, limits: MatLimits
    ) throws -> String {
        let compressed = UnsafeRawBufferPointer(rebasing: file.bytes[position + 8..<position + 8 + count])
        let matrix = try inflating(elementAt: position, file: file.file) {
            try ZlibInflater.inflate(compressed, expectedSize: matrixSize, limit: matrixSize, format: .zlib)
        }
        return try matrix.withUnsafeBytes { bytes in
            let buffer = MatBuffer(
                bytes: bytes, isBigEndian: file.isBigEndian, file: file.file, compressedElementOffset: position)
            let tag = MatTag(
                position: 0, code: MatDataType.matrix.rawValue, dataOffset: 8, count: matrixSize - 8,
                next: matrixSize)
            return try MatMatrixParser(buffer: buffer, maximumDepth: limits.maximumNestingDepth).header(of: tag).name
        }
    }

    /// Runs a decompression, attributing its errors to the compressed element at `offset`.
    ///
    /// - Parameters:
    ///   - offset: File offset of the `miCOMPRESSED` tag.
    ///   - file: The path.
    ///   - body: The decompression.
    /// - Returns: What `body` returns.
    /// - Throws: `body`'s `InputError`, naming the file and offset.
    static func inflating<Result>(elementAt offset: Int, file: String, _ body: () throws -> Result) throws -> Result {
        do {
            return try body()
        } catch let error as InputError where error.file == nil {
            throw InputError("\(error.message) (inside compressed element)", file: file, offset: offset)
        }
    }

    /// scipy's name for a variable: MATLAB's unnamed subsystem data is `__function_workspace__`.
    private static func variableName(_ name: String) -> String {
        name.isEmpty ? "__function_workspace__" : name
    }
}
