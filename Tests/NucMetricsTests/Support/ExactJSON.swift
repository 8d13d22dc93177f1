import Foundation
import NucMetrics

/// A JSON value whose numbers keep their text, so they convert with Swift's correctly
/// rounding `Double(_:)` (Foundation's `JSONSerialization` on Linux misreads about one
/// fixture float in five by an ulp; the fixtures require bit-exact parsing).
enum ExactJSON: Equatable {
    case object([String: ExactJSON])
    case array([ExactJSON])
    case string(String)
    case number(String)
    case bool(Bool)
    case null

    /// A member of an object, `nil` for a missing key or a non-object.
    subscript(key: String) -> ExactJSON? {
        if case .object(let members) = self { return members[key] }
        return nil
    }

    /// The elements of an array, `nil` otherwise.
    var elements: [ExactJSON]? {
        if case .array(let values) = self { return values }
        return nil
    }

    /// The members of an object, `nil` otherwise.
    var members: [String: ExactJSON]? {
        if case .object(let values) = self { return values }
        return nil
    }

    /// A number as a correctly rounded double.
    var double: Double? {
        if case .number(let text) = self { return Double(text) }
        return nil
    }

    /// An integral number.
    var int: Int? {
        if case .number(let text) = self { return Int(text) }
        return nil
    }

    /// An array of numbers as doubles; `nil` if this is not an array of numbers.
    var doubles: [Double]? {
        guard let elements else { return nil }
        let values = elements.compactMap(\.double)
        return values.count == elements.count ? values : nil
    }

    /// An array of integers; `nil` if this is not an array of integral numbers.
    var ints: [Int]? {
        guard let elements else { return nil }
        let values = elements.compactMap(\.int)
        return values.count == elements.count ? values : nil
    }

    /// A string value.
    var text: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    /// A boolean value.
    var bool: Bool? {
        if case .bool(let value) = self { return value }
        return nil
    }

    /// Whether this is `null`.
    var isNull: Bool { self == .null }

    /// Parses one JSON document.
    static func parse(_ text: some StringProtocol) throws -> ExactJSON {
        var reader = Reader(bytes: Array(text.utf8))
        let value = try reader.value()
        reader.skipSpace()
        guard reader.position == reader.bytes.count else { throw reader.failure("trailing characters") }
        return value
    }

    /// Reads one JSON document per non-empty line.
    static func lines(of url: URL) throws -> [ExactJSON] {
        let text = try String(contentsOf: url, encoding: .utf8)
        return try text.split(separator: "\n").map { try parse($0) }
    }

    /// Reads a whole file as one JSON document.
    static func document(at url: URL) throws -> ExactJSON {
        try parse(String(contentsOf: url, encoding: .utf8))
    }

    private struct Reader {
        let bytes: [UInt8]
        var position = 0

        func failure(_ message: String) -> InputError {
            InputError("JSON: \(message)", offset: position)
        }

        mutating func skipSpace() {
            while position < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[position]) { position += 1 }
        }

        mutating func expect(_ literal: String) throws {
            for byte in literal.utf8 {
                guard position < bytes.count, bytes[position] == byte else { throw failure("expected \(literal)") }
                position += 1
            }
        }

        mutating func value() throws -> ExactJSON {
            skipSpace()
            guard position < bytes.count else { throw failure("unexpected end") }
            switch bytes[position] {
            case UInt8(ascii: "{"): return try object()
            case UInt8(ascii: "["): return try array()
            case UInt8(ascii: "\""): return .string(try string())
            case UInt8(ascii: "t"): try expect("true"); return .bool(true)
            case UInt8(ascii: "f"): try expect("false"); return .bool(false)
            case UInt8(ascii: "n"): try expect("null"); return .null
            default: return try number()
            }
        }

        mutating func object() throws -> ExactJSON {
            position += 1
            var members: [String: ExactJSON] = [:]
            skipSpace()
            if position < bytes.count, bytes[position] == UInt8(ascii: "}") {
                position += 1
                return .object(members)
            }
            while true {
                skipSpace()
                let key = try string()
                skipSpace()
                try expect(":")
                members[key] = try value()
                skipSpace()
                if position < bytes.count, bytes[position] == UInt8(ascii: ",") {
                    position += 1
                    continue
                }
                try expect("}")
                return .object(members)
            }
        }

        mutating func array() throws -> ExactJSON {
            position += 1
            var values: [ExactJSON] = []
            skipSpace()
            if position < bytes.count, bytes[position] == UInt8(ascii: "]") {
                position += 1
                return .array(values)
            }
            while true {
                values.append(try value())
                skipSpace()
                if position < bytes.count, bytes[position] == UInt8(ascii: ",") {
                    position += 1
                    continue
                }
                try expect("]")
                return .array(values)
            }
        }

        /// Strings in the fixtures are plain ASCII names; escapes other than `\"` and `\\` are rejected.
        mutating func string() throws -> String {
            try expect("\"")
            var scalars: [UInt8] = []
            while position < bytes.count, bytes[position] != UInt8(ascii: "\"") {
                if bytes[position] == UInt8(ascii: "\\") {
                    position += 1
                    guard position < bytes.count, [UInt8(ascii: "\""), UInt8(ascii: "\\")].contains(bytes[position])
                    else { throw failure("unsupported escape") }
                }
                scalars.append(bytes[position])
                position += 1
            }
            try expect("\"")
            return String(decoding: scalars, as: UTF8.self)
        }

        mutating func number() throws -> ExactJSON {
            let start = position
            let allowed = Set("+-0123456789.eE".utf8)
            while position < bytes.count, allowed.contains(bytes[position]) { position += 1 }
            guard position > start else { throw failure("unexpected character") }
            return .number(String(decoding: bytes[start..<position], as: UTF8.self))
        }
    }
}
