/// A JSON value with ordered object members and numbers kept as their text.
///
/// Numbers keep their text so they convert with Swift's correctly rounding `Double(_:)`
/// (golden values must parse bit-exactly), and render back unchanged. Doubles made with
/// `.double(_:)` render in the shortest form that round-trips, like Python's `repr`.
public enum JSON: Sendable, Equatable {
    /// `null`.
    case null
    /// `true` / `false`.
    case bool(Bool)
    /// A number, as written.
    case number(String)
    /// A string.
    case string(String)
    /// An array.
    case array([JSON])
    /// An object; members keep their order.
    case object([Member])

    /// One member of an object.
    public struct Member: Sendable, Equatable {
        /// The key.
        public let key: String
        /// The value.
        public let value: JSON

        /// Creates a member.
        ///
        /// - Parameters:
        ///   - key: The key.
        ///   - value: The value.
        public init(_ key: String, _ value: JSON) {
            self.key = key
            self.value = value
        }
    }

    /// A double in shortest round-trip form; NaN and infinities become `null`.
    ///
    /// - Parameter value: The number.
    /// - Returns: Its JSON value.
    public static func double(_ value: Double) -> JSON {
        value.isFinite ? .number(value.description) : .null
    }

    /// An integer.
    ///
    /// - Parameter value: The number.
    /// - Returns: Its JSON value.
    public static func int(_ value: Int) -> JSON {
        .number(String(value))
    }

    /// An object from key–value pairs in order.
    ///
    /// - Parameter members: The members.
    /// - Returns: The object.
    public static func object(_ members: [(String, JSON)]) -> JSON {
        .object(members.map { Member($0.0, $0.1) })
    }

    // MARK: - Access

    /// The first member named `key` of an object; `nil` otherwise.
    public subscript(key: String) -> JSON? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.key == key }?.value
    }

    /// The elements of an array; `nil` otherwise.
    public var elements: [JSON]? {
        if case .array(let values) = self { return values }
        return nil
    }

    /// The members of an object by key (the first of duplicates); `nil` otherwise.
    public var members: [String: JSON]? {
        guard case .object(let members) = self else { return nil }
        return Dictionary(members.map { ($0.key, $0.value) }) { first, _ in first }
    }

    /// The keys of an object in order; `nil` otherwise.
    public var keys: [String]? {
        guard case .object(let members) = self else { return nil }
        return members.map(\.key)
    }

    /// A number as a correctly rounded double.
    public var double: Double? {
        if case .number(let text) = self { return Double(text) }
        return nil
    }

    /// An integral number written without fraction or exponent.
    public var int: Int? {
        if case .number(let text) = self { return Int(text) }
        return nil
    }

    /// An array of numbers as doubles; `nil` unless every element is a number.
    public var doubles: [Double]? {
        guard let elements else { return nil }
        let values = elements.compactMap(\.double)
        return values.count == elements.count ? values : nil
    }

    /// An array of integers; `nil` unless every element is an integral number.
    public var ints: [Int]? {
        guard let elements else { return nil }
        let values = elements.compactMap(\.int)
        return values.count == elements.count ? values : nil
    }

    /// A string value.
    public var text: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    /// A boolean value.
    public var bool: Bool? {
        if case .bool(let value) = self { return value }
        return nil
    }

    /// Whether this is `null`.
    public var isNull: Bool { self == .null }
}
