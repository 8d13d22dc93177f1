extension XMLScanner {
    // MARK: - Names, attributes and references

    /// Longest entity or character reference accepted, between `&` and `;`.
    static let maximumReferenceLength = 32

    /// Skips whitespace.
    ///
    /// - Returns: Whether there was any.
    @discardableResult
    mutating func skipWhitespace() -> Bool {
        let start = position
        while position < bytes.count, Self.isWhitespace(bytes[position]) { position += 1 }
        return position > start
    }

    /// Reads an XML name: a letter, `_`, `:` or non-ASCII byte, then also digits, `-` and `.`.
    ///
    /// - Parameter what: What the name is, for the error.
    /// - Returns: The name.
    /// - Throws: `InputError` when no name starts here.
    mutating func readName(what: String) throws -> String {
        let start = position
        while position < bytes.count {
            let byte = bytes[position]
            let isStart = Self.isLetter(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":") || byte >= 0x80
            let isPart = Self.isDigit(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
            guard isStart || (isPart && position > start) else { break }
            position += 1
        }
        guard position > start else { throw failure("expected an \(what)") }
        return String(decoding: bytes[start..<position], as: UTF8.self)
    }

    /// Reads `name = "value"` (or single quotes), decoding references in the value.
    ///
    /// - Returns: The name and decoded value.
    /// - Throws: `InputError` for a missing `=` or quote, a `<` in the value, an unknown
    ///   entity, or a value that runs to the end of the document.
    mutating func readAttribute() throws -> (name: String, value: String) {
        let name = try readName(what: "attribute name")
        skipWhitespace()
        guard hasPrefix("=") else { throw failure("expected '=' after attribute \(name)") }
        position += 1
        skipWhitespace()
        guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") || bytes[position] == UInt8(ascii: "'")
        else { throw failure("expected a quoted value for attribute \(name)") }
        let quote = bytes[position]
        let start = position
        position += 1
        var value = String.UnicodeScalarView()
        var runStart = position
        while true {
            guard position < bytes.count else {
                throw InputError("value of attribute \(name) is not terminated", file: file, offset: start)
            }
            let byte = bytes[position]
            if byte == quote || byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") {
                value.append(contentsOf: String(decoding: bytes[runStart..<position], as: UTF8.self).unicodeScalars)
            }
            if byte == quote {
                position += 1
                return (name, String(value))
            } else if byte == UInt8(ascii: "<") {
                throw failure("'<' in the value of attribute \(name)")
            } else if byte == UInt8(ascii: "&") {
                value.append(try readReference())
                runStart = position
            } else {
                position += 1
            }
        }
    }

    /// Reads `&name;`, `&#decimal;` or `&#xhex;` and decodes it.
    ///
    /// - Returns: The character it stands for.
    /// - Throws: `InputError` for an unterminated reference, an entity other than the five
    ///   predefined ones, or a code point that is not a character.
    mutating func readReference() throws -> Unicode.Scalar {
        let start = position
        let limit = min(bytes.count, position + Self.maximumReferenceLength + 2)
        guard let end = (position..<limit).first(where: { bytes[$0] == UInt8(ascii: ";") }) else {
            throw failure("'&' does not start a terminated entity or character reference")
        }
        let body = String(decoding: bytes[(start + 1)..<end], as: UTF8.self)
        position = end + 1
        let predefined: [String: Unicode.Scalar] = ["lt": "<", "gt": ">", "amp": "&", "quot": "\"", "apos": "'"]
        if let scalar = predefined[body] { return scalar }
        let number: UInt32?
        if body.hasPrefix("#x") {
            let digits = body.dropFirst(2)
            number = digits.allSatisfy(\.isHexDigit) ? UInt32(digits, radix: 16) : nil
        } else if body.hasPrefix("#") {
            let digits = body.dropFirst()
            number = digits.allSatisfy { $0.isASCII && $0.isNumber } ? UInt32(digits, radix: 10) : nil
        } else {
            throw InputError(
                "undefined entity &\(body); (only the five predefined XML entities are allowed)", file: file,
                offset: start)
        }
        guard let number, number != 0, let scalar = Unicode.Scalar(number) else {
            throw InputError("character reference &\(body); is not a valid character", file: file, offset: start)
        }
        return scalar
    }

    // MARK: - Character classes

    private static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }
}
