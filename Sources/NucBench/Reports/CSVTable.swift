/// A strictly parsed comma-separated table: a header record and data records of the same width.
///
/// The grammar is RFC 4180's: records end with `\n` or `\r\n`, fields are separated by commas,
/// and a field may be wrapped in double quotes, inside which commas, line breaks and doubled
/// quotes (`""`) are literal. A bare quote inside an unquoted field, text after a closing quote,
/// an unterminated quote or a record of the wrong width is an error naming the file and line.
package struct CSVTable: Sendable, Equatable {
    /// One data record and the line it starts on.
    package struct Record: Sendable, Equatable {
        /// The record's fields, decoded.
        package let fields: [String]
        /// The 1-based line of the file on which the record starts.
        package let line: Int
    }

    /// The fields of the first record.
    package let header: [String]
    /// The records after the header, in file order.
    package let records: [Record]

    /// Parses `text`, attributing errors to `file`.
    ///
    /// - Parameters:
    ///   - text: The whole file.
    ///   - file: The path named in errors.
    /// - Throws: `InputError` naming `file`, the line and the byte offset of the first problem.
    package init(parsing text: String, file: String) throws {
        var reader = Reader(bytes: Array(text.utf8), file: file)
        var parsed: [Record] = []
        while let record = try reader.nextRecord() { parsed.append(record) }
        guard let first = parsed.first else {
            throw InputError("line 1: the file is empty; expected a header record", file: file, offset: 0)
        }
        for record in parsed.dropFirst() where record.fields.count != first.fields.count {
            throw InputError(
                "line \(record.line): expected \(first.fields.count) fields as in the header, got \(record.fields.count)",
                file: file)
        }
        header = first.fields
        records = Array(parsed.dropFirst())
    }
}

// MARK: - Reader

extension CSVTable {
    /// A cursor over the bytes of a CSV file that yields one record at a time.
    private struct Reader {
        let bytes: [UInt8]
        let file: String
        var index = 0
        var line = 1

        private static let quote = UInt8(ascii: "\"")
        private static let comma = UInt8(ascii: ",")
        private static let newline = UInt8(ascii: "\n")
        private static let carriageReturn = UInt8(ascii: "\r")

        /// The next record, or `nil` at the end of the file.
        mutating func nextRecord() throws -> Record? {
            guard index < bytes.count else { return nil }
            let startLine = line
            var fields: [String] = []
            while true {
                fields.append(try nextField())
                guard index < bytes.count else { return Record(fields: fields, line: startLine) }
                switch bytes[index] {
                case Self.comma:
                    index += 1
                case Self.newline:
                    index += 1
                    line += 1
                    return Record(fields: fields, line: startLine)
                case Self.carriageReturn where index + 1 < bytes.count && bytes[index + 1] == Self.newline:
                    index += 2
                    line += 1
                    return Record(fields: fields, line: startLine)
                default:
                    throw error("a carriage return that does not end a line")
                }
            }
        }

        /// Reads one field, leaving `index` on the separator or line end that follows it.
        private mutating func nextField() throws -> String {
            if index < bytes.count && bytes[index] == Self.quote { return try quotedField() }
            let start = index
            while index < bytes.count {
                let byte = bytes[index]
                if byte == Self.comma || byte == Self.newline || byte == Self.carriageReturn { break }
                if byte == Self.quote { throw error("a double quote inside an unquoted field") }
                index += 1
            }
            return try decode(bytes[start..<index])
        }

        /// Reads a field that begins with a double quote.
        private mutating func quotedField() throws -> String {
            let openingLine = line
            let openingOffset = index
            index += 1
            var content: [UInt8] = []
            while index < bytes.count {
                let byte = bytes[index]
                index += 1
                if byte == Self.quote {
                    guard index < bytes.count && bytes[index] == Self.quote else {
                        let atEnd = index == bytes.count
                        let next = atEnd ? Self.newline : bytes[index]
                        guard next == Self.comma || next == Self.newline || next == Self.carriageReturn else {
                            throw error("text after the closing quote of a field")
                        }
                        return try decode(content[...])
                    }
                    index += 1
                    content.append(Self.quote)
                } else {
                    if byte == Self.newline { line += 1 }
                    content.append(byte)
                }
            }
            throw InputError(
                "line \(openingLine): a quoted field is never closed", file: file, offset: openingOffset)
        }

        private func decode(_ slice: ArraySlice<UInt8>) throws -> String {
            guard let text = String(validating: slice, as: UTF8.self) else {
                throw error("a field is not valid UTF-8")
            }
            return text
        }

        private func error(_ message: String) -> InputError {
            InputError("line \(line): \(message)", file: file, offset: index)
        }
    }
}
