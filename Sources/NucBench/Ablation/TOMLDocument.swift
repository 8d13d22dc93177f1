import Foundation

/// A strict subset of TOML 1.0 (https://toml.io/en/v1.0.0), enough for `nucbench ablate`
/// configurations.
///
/// Accepted: `# comments`, `[table]` and `[dotted.table]` headers, `key = value` lines with bare keys
/// (`A–Z a–z 0–9 _ -`), basic strings (`"…"` with `\" \\ \b \t \n \f \r \uXXXX \UXXXXXXXX`), literal
/// strings (`'…'`), decimal integers (sign and `_` between digits allowed, no leading zero), floats
/// (fraction and/or exponent), `true`/`false`, and one-line arrays of those scalars. Everything else
/// (dotted or quoted keys, inline tables, arrays of tables, multi-line strings or arrays, dates,
/// hexadecimal, `inf`/`nan`) is rejected, as are duplicate keys and tables. Every error names the file
/// and starts with `line N:`.
public struct TOMLDocument: Sendable, Equatable {
    /// A value.
    public enum Value: Sendable, Equatable {
        /// A string.
        case string(String)
        /// An integer.
        case integer(Int)
        /// A float.
        case float(Double)
        /// A boolean.
        case boolean(Bool)
        /// An array of scalars.
        case array([Value])

        /// The TOML type name, for errors.
        public var typeName: String {
            switch self {
            case .string: "string"
            case .integer: "integer"
            case .float: "float"
            case .boolean: "boolean"
            case .array: "array"
            }
        }
    }

    /// A value with the line it was defined on.
    public struct Entry: Sendable, Equatable {
        /// The value.
        public let value: Value
        /// The 1-based line of its definition.
        public let line: Int

        /// Creates an entry.
        ///
        /// - Parameters:
        ///   - value: The value.
        ///   - line: The 1-based line of its definition.
        package init(value: Value, line: Int) {
            self.value = value
            self.line = line
        }
    }

    /// A table: its entries by key and the line of its header (0 for the root table).
    public struct Table: Sendable, Equatable {
        /// The entries by key.
        public fileprivate(set) var entries: [String: Entry]
        /// The 1-based line of the header, or 0 for the root table.
        public let line: Int
    }

    /// The file the document was read from, for errors.
    public let path: String
    /// The tables by dotted name; the root table is `""`.
    public let tables: [String: Table]

    /// Reads a document from a file.
    ///
    /// - Parameter path: The file.
    /// - Returns: The document.
    /// - Throws: `InputError` naming the file when it cannot be read or is not valid in the subset.
    public static func read(path: String) throws -> TOMLDocument {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputError("cannot read the file", file: path)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw InputError("the file is not UTF-8", file: path)
        }
        return try TOMLDocument(text: text, path: path)
    }

    /// Parses a document.
    ///
    /// - Parameters:
    ///   - text: The TOML text.
    ///   - path: The file name used in errors.
    /// - Throws: `InputError` naming `path`, with `line N:` and the problem.
    public init(text: String, path: String) throws {
        self.path = path
        var tables = ["": Table(entries: [:], line: 0)]
        var current = ""
        let lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
        for (offset, line) in lines.enumerated() {
            let number = offset + 1
            var scanner = TOMLScanner(line: String(line))
            do {
                scanner.skipSpaces()
                if scanner.atEnd || scanner.peek == "#" { continue }
                if scanner.peek == "[" {
                    current = try scanner.header()
                    try Self.checkNewTable(current, in: tables)
                    tables[current] = Table(entries: [:], line: number)
                } else {
                    let key = try scanner.key()
                    let value = try scanner.assignedValue(key: key)
                    if let previous = tables[current]?.entries[key] {
                        throw TOMLScanner.Failure("key \"\(key)\" is already defined on line \(previous.line)")
                    }
                    let dotted = current.isEmpty ? key : current + "." + key
                    if tables[dotted] != nil {
                        throw TOMLScanner.Failure("key \"\(key)\" is already defined as table [\(dotted)]")
                    }
                    tables[current]?.entries[key] = Entry(value: value, line: number)
                }
                try scanner.expectLineEnd()
            } catch let failure as TOMLScanner.Failure {
                throw InputError("line \(number): \(failure.message)", file: path)
            }
        }
        self.tables = tables
    }

    /// Rejects a table header that repeats a table or names a key that holds a value.
    private static func checkNewTable(_ name: String, in tables: [String: Table]) throws {
        if let existing = tables[name] {
            throw TOMLScanner.Failure("table [\(name)] is already defined on line \(existing.line)")
        }
        let parts = name.split(separator: ".").map(String.init)
        for end in 1..<parts.count + 1 {
            let parent = parts.prefix(end - 1).joined(separator: ".")
            if let entry = tables[parent]?.entries[parts[end - 1]] {
                throw TOMLScanner.Failure(
                    "table [\(name)] conflicts with key \"\(parts[end - 1])\" defined on line \(entry.line)")
            }
        }
    }
}
