/// A strict JSON parser for untrusted input (RFC 8259), keeping numbers as text.
///
/// Errors name the byte offset; nesting deeper than `maximumDepth` is rejected so a
/// hostile file cannot exhaust the stack.
struct JSONParser {
    /// Deepest nesting of arrays and objects accepted.
    static let maximumDepth = 256

    private let bytes: [UInt8]
    private let file: String?
    private var position = 0
    private var depth = 0

    /// Parses one JSON document.
    ///
    /// - Parameters:
    ///   - bytes: UTF-8 text.
    ///   - file: The file it came from, for error messages.
    /// - Returns: The value.
    /// - Throws: `InputError` naming the offset of the first problem.
    static func parse(_ bytes: [UInt8], file: String?) throws -> JSON {
        var parser = JSONParser(bytes: bytes, file: file)
        let value = try parser.value()
        parser.skipSpace()
        guard parser.position == bytes.count else { throw parser.failure("unexpected text after the JSON value") }
        return value
    }

    private init(bytes: [UInt8], file: String?) {
        self.bytes = bytes
        self.file = file
    }

    private func failure(_ message: String) -> InputError {
        InputError("invalid JSON: \(message)", file: file, offset: position)
    }

    private var current: UInt8? { position < bytes.count ? bytes[position] : nil }

    private mutating func skipSpace() {
        while let byte = current, byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 { position += 1 }
    }

    private mutating func expect(_ literal: String) throws {
        for byte in literal.utf8 {
            guard current == byte else { throw failure("expected '\(literal)'") }
            position += 1
        }
    }

    private mutating func value() throws -> JSON {
        skipSpace()
        guard let byte = current else { throw failure("unexpected end of input") }
        switch byte {
        case UInt8(ascii: "{"): return try nested { try $0.object() }
        case UInt8(ascii: "["): return try nested { try $0.array() }
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"):
            try expect("true")
            return .bool(true)
        case UInt8(ascii: "f"):
            try expect("false")
            return .bool(false)
        case UInt8(ascii: "n"):
            try expect("null")
            return .null
        default: return try number()
        }
    }

    private mutating func nested(_ body: (inout JSONParser) throws -> JSON) throws -> JSON {
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maximumDepth else { throw failure("nested deeper than \(Self.maximumDepth) levels") }
        return try body(&self)
    }

    private mutating func object() throws -> JSON {
        position += 1
        var members: [JSON.Member] = []
        skipSpace()
        if current == UInt8(ascii: "}") {
            position += 1
            return .object(members)
        }
        while true {
            skipSpace()
            guard current == UInt8(ascii: "\"") else { throw failure("expected a string key") }
            let key = try string()
            skipSpace()
            try expect(":")
            members.append(JSON.Member(key, try value()))
            skipSpace()
            if current == UInt8(ascii: ",") {
                position += 1
                continue
            }
            try expect("}")
            return .object(members)
        }
    }

    private mutating func array() throws -> JSON {
        position += 1
        var values: [JSON] = []
        skipSpace()
        if current == UInt8(ascii: "]") {
            position += 1
            return .array(values)
        }
        while true {
            values.append(try value())
            skipSpace()
            if current == UInt8(ascii: ",") {
                position += 1
                continue
            }
            try expect("]")
            return .array(values)
        }
    }

    private mutating func string() throws -> String {
        try expect("\"")
        var scalars = String.UnicodeScalarView()
        var run: [UInt8] = []
        while let byte = current, byte != UInt8(ascii: "\"") {
            guard byte >= 0x20 else { throw failure("control character in a string") }
            position += 1
            guard byte == UInt8(ascii: "\\") else {
                run.append(byte)
                continue
            }
            scalars.append(contentsOf: String(decoding: run, as: UTF8.self).unicodeScalars)
            run.removeAll(keepingCapacity: true)
            scalars.append(try escape())
        }
        scalars.append(contentsOf: String(decoding: run, as: UTF8.self).unicodeScalars)
        try expect("\"")
        return String(scalars)
    }

    private mutating func escape() throws -> Unicode.Scalar {
        guard let byte = current else { throw failure("unterminated escape") }
        position += 1
        switch byte {
        case UInt8(ascii: "\""): return "\""
        case UInt8(ascii: "\\"): return "\\"
        case UInt8(ascii: "/"): return "/"
        case UInt8(ascii: "b"): return "\u{08}"
        case UInt8(ascii: "f"): return "\u{0C}"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "u"):
            let unit = try hexUnit()
            guard (0xD800..<0xDC00).contains(unit) else {
                return try scalar(unit)
            }
            try expect("\\u")
            let low = try hexUnit()
            guard (0xDC00..<0xE000).contains(low) else { throw failure("unpaired surrogate") }
            return try scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00))
        default:
            throw failure("unknown escape")
        }
    }

    private func scalar(_ value: UInt32) throws -> Unicode.Scalar {
        guard let scalar = Unicode.Scalar(value) else { throw failure("invalid code point") }
        return scalar
    }

    private mutating func hexUnit() throws -> UInt32 {
        guard position + 4 <= bytes.count,
            let unit = UInt32(String(decoding: bytes[position..<position + 4], as: UTF8.self), radix: 16)
        else { throw failure("expected four hex digits") }
        position += 4
        return unit
    }

    private mutating func number() throws -> JSON {
        let start = position
        if current == UInt8(ascii: "-") { position += 1 }
        guard try digits(leadingZeroAllowed: false) else { throw failure("unexpected character") }
        if current == UInt8(ascii: ".") {
            position += 1
            guard try digits(leadingZeroAllowed: true) else { throw failure("expected digits after '.'") }
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            position += 1
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { position += 1 }
            guard try digits(leadingZeroAllowed: true) else { throw failure("expected exponent digits") }
        }
        return .number(String(decoding: bytes[start..<position], as: UTF8.self))
    }

    /// Consumes a run of digits; returns whether there was one.
    private mutating func digits(leadingZeroAllowed: Bool) throws -> Bool {
        let start = position
        while let byte = current, byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") { position += 1 }
        if !leadingZeroAllowed, position - start > 1, bytes[start] == UInt8(ascii: "0") {
            throw failure("leading zero in a number")
        }
        return position > start
    }
}

extension JSON {
    /// Parses JSON text.
    ///
    /// - Parameters:
    ///   - text: The document.
    ///   - file: Where it came from, named in errors.
    /// - Returns: The value.
    /// - Throws: `InputError` naming file and offset.
    public static func parse(_ text: some StringProtocol, file: String? = nil) throws -> JSON {
        try JSONParser.parse(Array(text.utf8), file: file)
    }

    /// Reads and parses a JSON file.
    ///
    /// - Parameter path: The file.
    /// - Returns: The value.
    /// - Throws: `InputError` when the file cannot be read or is not JSON.
    public static func read(path: String) throws -> JSON {
        try JSONParser.parse(try FileBytes.read(path: path), file: path)
    }

    /// Reads a JSON-lines file: one document per non-empty line.
    ///
    /// - Parameter path: The file.
    /// - Returns: The values in order.
    /// - Throws: `InputError` when the file cannot be read or a line is not JSON.
    public static func readLines(path: String) throws -> [JSON] {
        try FileBytes.read(path: path).split(separator: UInt8(ascii: "\n")).map {
            try JSONParser.parse(Array($0), file: path)
        }
    }
}
