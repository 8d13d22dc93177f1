/// Reads the parts of one line of `TOMLDocument`'s TOML subset: headers, keys and values.
struct TOMLScanner {
    /// A problem on the line, without the line number (the document adds it).
    struct Failure: Error {
        let message: String

        init(_ message: String) {
            self.message = message
        }
    }

    private let characters: [Character]
    private var position = 0

    init(line: String) {
        characters = Array(line)
    }

    var atEnd: Bool { position >= characters.count }
    var peek: Character? { atEnd ? nil : characters[position] }

    mutating func skipSpaces() {
        while let character = peek, character == " " || character == "\t" { position += 1 }
    }

    /// Accepts only spaces and a comment up to the end of the line.
    mutating func expectLineEnd() throws {
        skipSpaces()
        guard let character = peek, character != "#" else { return }
        throw Failure("unexpected \(Self.describe(character)) after the value")
    }

    /// `[name]` or `[dotted.name]`, returning the dotted name.
    mutating func header() throws -> String {
        position += 1
        if peek == "[" { throw Failure("arrays of tables ([[…]]) are not supported") }
        var parts: [String] = []
        repeat {
            skipSpaces()
            parts.append(try bareKey(what: "table name"))
            skipSpaces()
        } while take(".")
        guard take("]") else { throw Failure("expected ']' to close the table header") }
        return parts.joined(separator: ".")
    }

    /// The key of a `key = value` line.
    mutating func key() throws -> String {
        if peek == "\"" || peek == "'" { throw Failure("quoted keys are not supported; use a bare key") }
        let key = try bareKey(what: "key")
        skipSpaces()
        if peek == "." { throw Failure("dotted keys are not supported; use a [table] header") }
        return key
    }

    /// `= value` after `key`.
    mutating func assignedValue(key: String) throws -> TOMLDocument.Value {
        skipSpaces()
        guard take("=") else { throw Failure("expected '=' after key \"\(key)\"") }
        skipSpaces()
        guard !atEnd, peek != "#" else { throw Failure("missing value for key \"\(key)\"") }
        return try value(allowArray: true)
    }

    // MARK: - Values

    private mutating func value(allowArray: Bool) throws -> TOMLDocument.Value {
        switch peek {
        case "\"": return .string(try basicString())
        case "'": return .string(try literalString())
        case "[":
            guard allowArray else { throw Failure("nested arrays are not supported") }
            return try array()
        case "{": throw Failure("inline tables are not supported; use a [table] header")
        default: return try bareValue()
        }
    }

    private mutating func array() throws -> TOMLDocument.Value {
        position += 1
        var elements: [TOMLDocument.Value] = []
        while true {
            skipSpaces()
            if take("]") { return .array(elements) }
            if atEnd || peek == "#" { throw Failure("arrays must close with ']' on the line they open") }
            elements.append(try value(allowArray: false))
            skipSpaces()
            if take(",") { continue }
            guard take("]") else {
                throw Failure(
                    atEnd ? "arrays must close with ']' on the line they open" : "expected ',' or ']' in array")
            }
            return .array(elements)
        }
    }

    private mutating func basicString() throws -> String {
        position += 1
        var text = ""
        while let character = peek {
            position += 1
            switch character {
            case "\"": return text
            case "\\": text.append(try escape())
            default: text.append(character)
            }
        }
        throw Failure("unterminated string")
    }

    private mutating func escape() throws -> Character {
        guard let character = peek else { throw Failure("unterminated string") }
        position += 1
        let simple: [Character: Character] = [
            "\"": "\"", "\\": "\\", "b": "\u{8}", "t": "\t", "n": "\n", "f": "\u{C}", "r": "\r",
        ]
        if let replacement = simple[character] { return replacement }
        guard character == "u" || character == "U" else { throw Failure("invalid escape \\\(character) in string") }
        let count = character == "u" ? 4 : 8
        let digits = String(characters[position..<min(position + count, characters.count)])
        guard digits.count == count, let code = UInt32(digits, radix: 16), let scalar = Unicode.Scalar(code) else {
            throw Failure("invalid escape \\\(character)\(digits) in string")
        }
        position += count
        return Character(scalar)
    }

    private mutating func literalString() throws -> String {
        position += 1
        var text = ""
        while let character = peek {
            position += 1
            if character == "'" { return text }
            text.append(character)
        }
        throw Failure("unterminated string")
    }

    /// A boolean, integer or float: the run of characters up to a separator.
    private mutating func bareValue() throws -> TOMLDocument.Value {
        let start = position
        while let character = peek, !" \t,]#".contains(character) { position += 1 }
        let word = String(characters[start..<position])
        if word == "true" { return .boolean(true) }
        if word == "false" { return .boolean(false) }
        if let integer = Self.integer(word) { return .integer(integer) }
        if let float = Self.float(word) { return .float(float) }
        throw Failure("invalid value '\(word)' (expected a string, integer, float, boolean or array)")
    }

    /// A decimal integer with optional sign and single `_` between digits, no leading zero.
    private static func integer(_ word: String) -> Int? {
        let unsigned = word.hasPrefix("+") || word.hasPrefix("-") ? word.dropFirst() : word[...]
        guard digitsWellFormed(unsigned), unsigned == "0" || !unsigned.hasPrefix("0") else { return nil }
        return Int(word.replacingOccurrences(of: "_", with: "").replacingOccurrences(of: "+", with: ""))
    }

    /// A decimal float: integer part, then a fraction, an exponent or both.
    private static func float(_ word: String) -> Double? {
        let lower = word.lowercased()
        let mantissa = lower.split(separator: "e", maxSplits: 1, omittingEmptySubsequences: false)
        let whole = mantissa[0].split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard mantissa.count == 2 || whole.count == 2, integer(String(whole[0])) != nil else { return nil }
        if whole.count == 2, !digitsWellFormed(whole[1]) { return nil }
        if mantissa.count == 2 {
            let exponent =
                mantissa[1].hasPrefix("+") || mantissa[1].hasPrefix("-") ? mantissa[1].dropFirst() : mantissa[1]
            guard digitsWellFormed(exponent) else { return nil }
        }
        return Double(lower.replacingOccurrences(of: "_", with: ""))
    }

    /// Digits with single underscores between them.
    private static func digitsWellFormed(_ text: Substring) -> Bool {
        !text.isEmpty && text.allSatisfy { $0.isASCII && ($0.isNumber || $0 == "_") } && !text.hasPrefix("_")
            && !text.hasSuffix("_") && !text.contains("__")
    }

    // MARK: - Pieces

    private mutating func bareKey(what: String) throws -> String {
        let start = position
        while let character = peek, character.isASCII,
            character.isLetter || character.isNumber || "_-".contains(character)
        {
            position += 1
        }
        guard position > start else {
            throw Failure("expected a \(what) (letters, digits, '_' or '-'), found \(Self.describe(peek))")
        }
        return String(characters[start..<position])
    }

    private mutating func take(_ character: Character) -> Bool {
        guard peek == character else { return false }
        position += 1
        return true
    }

    private static func describe(_ character: Character?) -> String {
        character.map { "'\($0)'" } ?? "the end of the line"
    }
}
