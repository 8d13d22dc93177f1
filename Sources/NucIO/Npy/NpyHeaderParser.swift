/// A strict parser for the Python dict literal in an `.npy` header.
///
/// It accepts what numpy writes and what `ast.literal_eval` reads in practice: single- or
/// double-quoted strings (escapes `\\`, `\'` and `\"` only), `True`, `False`, `None`,
/// decimal integers, tuples (`()`, `(5,)`, `(2, 3)`), lists and dicts, with spaces, tabs
/// and newlines between tokens and optional trailing commas. Anything else is an error
/// that names the byte offset in the file.
struct NpyHeaderParser {
    /// How deeply tuples, lists and dicts may nest; numpy headers use at most three levels.
    static let maximumDepth = 16

    private let bytes: [UInt8]
    private let isUTF8: Bool
    private let file: String
    private let baseOffset: Int
    private var position = 0

    /// Parses a whole header.
    ///
    /// - Parameters:
    ///   - bytes: The header text after the length field, padding included.
    ///   - isUTF8: Whether strings are UTF-8 (format 3.0) rather than Latin-1.
    ///   - file: The file, for errors.
    ///   - baseOffset: The file offset of `bytes[0]`, for errors.
    /// - Returns: The literal; only whitespace may follow it.
    /// - Throws: `InputError` at the offending byte when the text is not such a literal.
    static func parse(_ bytes: [UInt8], isUTF8: Bool, file: String, baseOffset: Int) throws -> NpyHeaderLiteral {
        var parser = NpyHeaderParser(bytes: bytes, isUTF8: isUTF8, file: file, baseOffset: baseOffset)
        parser.skipWhitespace()
        let value = try parser.parseValue(depth: 0)
        parser.skipWhitespace()
        guard parser.position == bytes.count else {
            throw parser.error("unexpected text after the header dict")
        }
        return value
    }

    // MARK: - Values

    private mutating func parseValue(depth: Int) throws -> NpyHeaderLiteral {
        guard depth < Self.maximumDepth else {
            throw error("header literal nests deeper than \(Self.maximumDepth) levels")
        }
        guard let byte = peek() else {
            throw error("header ends where a value was expected")
        }
        switch byte {
        case UInt8(ascii: "'"), UInt8(ascii: "\""):
            return .string(try parseString())
        case UInt8(ascii: "("):
            let (items, sawComma) = try parseSequence(closing: UInt8(ascii: ")"), depth: depth)
            return items.count == 1 && !sawComma ? items[0] : .tuple(items)
        case UInt8(ascii: "["):
            return .list(try parseSequence(closing: UInt8(ascii: "]"), depth: depth).items)
        case UInt8(ascii: "{"):
            return .dictionary(try parseDictionary(depth: depth))
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return .integer(try parseInteger())
        default:
            return try parseName()
        }
    }

    private mutating func parseSequence(closing: UInt8, depth: Int) throws -> (
        items: [NpyHeaderLiteral], sawComma: Bool
    ) {
        position += 1
        var items: [NpyHeaderLiteral] = []
        var sawComma = false
        skipWhitespace()
        while peek() != closing {
            items.append(try parseValue(depth: depth + 1))
            skipWhitespace()
            if peek() == UInt8(ascii: ",") {
                position += 1
                sawComma = true
                skipWhitespace()
            } else if peek() != closing {
                throw error("expected ',' or '\(Character(Unicode.Scalar(closing)))'")
            }
        }
        position += 1
        return (items, sawComma)
    }

    private mutating func parseDictionary(depth: Int) throws -> [String: NpyHeaderLiteral] {
        position += 1
        var entries: [String: NpyHeaderLiteral] = [:]
        skipWhitespace()
        while peek() != UInt8(ascii: "}") {
            let keyOffset = position
            guard case .string(let key) = try parseValue(depth: depth + 1) else {
                position = keyOffset
                throw error("dict keys must be strings")
            }
            guard entries[key] == nil else {
                position = keyOffset
                throw error("duplicate key '\(key)'")
            }
            skipWhitespace()
            guard peek() == UInt8(ascii: ":") else { throw error("expected ':' after key '\(key)'") }
            position += 1
            skipWhitespace()
            entries[key] = try parseValue(depth: depth + 1)
            skipWhitespace()
            if peek() == UInt8(ascii: ",") {
                position += 1
                skipWhitespace()
            } else if peek() != UInt8(ascii: "}") {
                throw error("expected ',' or '}'")
            }
        }
        position += 1
        return entries
    }

    // MARK: - Tokens

    private mutating func parseString() throws -> String {
        let start = position
        let quote = bytes[position]
        position += 1
        var content: [UInt8] = []
        while true {
            guard let byte = peek(), byte != UInt8(ascii: "\n") else {
                position = start
                throw error("unterminated string")
            }
            position += 1
            if byte == quote { break }
            if byte == UInt8(ascii: "\\") {
                guard let escaped = peek(),
                    [UInt8(ascii: "\\"), UInt8(ascii: "'"), UInt8(ascii: "\"")].contains(escaped)
                else {
                    position -= 1
                    throw error("unsupported escape in string")
                }
                position += 1
                content.append(escaped)
            } else {
                content.append(byte)
            }
        }
        if !isUTF8 {
            return String(String.UnicodeScalarView(content.map { Unicode.Scalar($0) }))
        }
        let text = String(decoding: content, as: UTF8.self)
        guard text.utf8.elementsEqual(content) else {
            position = start
            throw error("string is not valid UTF-8")
        }
        return text
    }

    private mutating func parseInteger() throws -> Int {
        let start = position
        let isNegative = peek() == UInt8(ascii: "-")
        if isNegative { position += 1 }
        let digitsStart = position
        var magnitude = 0
        while let byte = peek(), (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
            let (scaled, overflow) = magnitude.multipliedReportingOverflow(by: 10)
            let (sum, carry) = scaled.addingReportingOverflow(Int(byte - UInt8(ascii: "0")))
            guard !overflow, !carry else {
                position = start
                throw error("integer is too large for 64 bits")
            }
            magnitude = sum
            position += 1
        }
        let digitCount = position - digitsStart
        guard digitCount > 0 else { throw error("expected digits") }
        guard digitCount == 1 || bytes[digitsStart] != UInt8(ascii: "0") else {
            position = digitsStart
            throw error("integer has a leading zero")
        }
        return isNegative ? -magnitude : magnitude
    }

    private mutating func parseName() throws -> NpyHeaderLiteral {
        let start = position
        while let byte = peek(), Self.isNameByte(byte) { position += 1 }
        let name = String(decoding: bytes[start..<position], as: UTF8.self)
        switch name {
        case "True": return .boolean(true)
        case "False": return .boolean(false)
        case "None": return .none
        case "":
            throw error("unexpected character '\(Character(Unicode.Scalar(bytes[start])))'")
        default:
            position = start
            throw error("unexpected name '\(name)'")
        }
    }

    // MARK: - Helpers

    private func peek() -> UInt8? {
        position < bytes.count ? bytes[position] : nil
    }

    private mutating func skipWhitespace() {
        while let byte = peek(),
            [UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r")].contains(byte)
        {
            position += 1
        }
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "_")
    }

    private func error(_ message: String) -> InputError {
        InputError("bad .npy header: \(message)", file: file, offset: baseOffset + position)
    }
}
