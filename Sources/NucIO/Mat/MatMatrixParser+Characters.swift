extension MatMatrixParser {
    /// Reads a char array into one string per row.
    ///
    /// Each of the array's characters is one MATLAB character: a UTF-16 code unit for
    /// `miUINT16`/`miUTF16` data (MATLAB's own encoding), a Unicode scalar for `miUTF8`
    /// and `miUTF32` data (scipy's `savemat` writes UTF-8), and a byte for
    /// `miINT8`/`miUINT8` (ASCII; other bytes become U+FFFD, as scipy decodes them).
    /// Invalid UTF-8, lone surrogates and invalid scalars become U+FFFD too. Data with no
    /// bytes gives spaces, as scipy reads the files MATLAB wrote that way.
    ///
    /// - Parameter header: The array's header.
    /// - Returns: The rows, joined along the last dimension, in row-major order of the rest.
    /// - Throws: `InputError` if the data element is not text or holds a different number
    ///   of characters than the dimensions.
    func characters(_ header: Header) throws -> MatValue {
        let data = try buffer.tag(at: header.contentOffset, end: header.end)
        let width = header.shape[header.shape.count - 1]
        let rowCount = width == 0 ? Self.product(header.shape.dropLast()) : header.count / width
        let plausible = max(buffer.bytes.count, 1 << 12)
        guard let rowCount, rowCount <= plausible, data.count > 0 || header.count <= plausible else {
            throw buffer.error(
                "\(header.description) is implausibly large for its \(data.description)",
                at: data.position)
        }
        if data.count == 0 {
            return .char(
                shape: header.shape, rows: Array(repeating: String(repeating: " ", count: width), count: rowCount))
        }
        let bytes = buffer.bytes[data.dataOffset..<data.end]
        switch data.type {
        case .uint16, .utf16:
            let units = (0..<data.count / 2).map { buffer.load(UInt16.self, at: data.dataOffset + 2 * $0) }
            try expect(units.count, characters: header, data: data, unit: "UTF-16 code units")
            let ordered = MatLayout.reordered(units, shape: header.shape)
            return .char(
                shape: header.shape,
                rows: rows(ordered, width: width, count: rowCount) {
                    String(decoding: $0, as: UTF16.self)
                })
        case .utf8:
            let scalars = Array(String(decoding: bytes, as: UTF8.self).unicodeScalars)
            return try scalarRows(scalars, header: header, data: data, width: width, rowCount: rowCount)
        case .int8, .uint8:
            let scalars = bytes.map { $0 < 0x80 ? Unicode.Scalar($0) : Self.replacement }
            return try scalarRows(scalars, header: header, data: data, width: width, rowCount: rowCount)
        case .utf32:
            let scalars = (0..<data.count / 4).map {
                Unicode.Scalar(buffer.load(UInt32.self, at: data.dataOffset + 4 * $0)) ?? Self.replacement
            }
            return try scalarRows(scalars, header: header, data: data, width: width, rowCount: rowCount)
        default:
            throw buffer.error(
                "char data must be text (miUTF8, miUINT16, miUTF16), found \(data.description)",
                at: data.position)
        }
    }

    /// U+FFFD, what undecodable text becomes.
    private static let replacement: Unicode.Scalar = "\u{FFFD}"

    /// Splits scalars, one per character, into rows.
    private func scalarRows(
        _ scalars: [Unicode.Scalar], header: Header, data: MatTag, width: Int, rowCount: Int
    ) throws -> MatValue {
        try expect(scalars.count, characters: header, data: data, unit: "characters")
        let ordered = MatLayout.reordered(scalars, shape: header.shape)
        return .char(
            shape: header.shape,
            rows: rows(ordered, width: width, count: rowCount) {
                String(String.UnicodeScalarView($0))
            })
    }

    /// Checks that the data holds one unit per character of the array.
    private func expect(_ count: Int, characters header: Header, data: MatTag, unit: String) throws {
        guard count == header.count else {
            throw buffer.error(
                "\(header.description) needs \(header.count) characters; its \(data.description) "
                    + "holds \(count) \(unit)", at: data.position)
        }
    }

    /// Cuts row-major units into `count` rows of `width` and makes each a string.
    private func rows<Unit>(_ units: [Unit], width: Int, count: Int, _ text: (ArraySlice<Unit>) -> String)
        -> [String]
    {
        (0..<count).map { row in text(units[row * width..<(row + 1) * width]) }
    }
}
