/// Collects the fields of one JSON record whose value is undefined, in the fixtures' layout.
///
/// A NaN result goes to the `nan` list; a case where the reference raises goes to
/// `raises` under the exception's name. nucbench's own reasons go to `reasons`.
public struct UndefinedFields: Sendable {
    /// Fields whose reference value is NaN, in the order met.
    public private(set) var notANumber: [String] = []
    /// Fields whose reference raises, with the exception name.
    public private(set) var raised: [(field: String, exception: String)] = []
    /// nucbench's explanation per field.
    public private(set) var reasons: [(field: String, reason: String)] = []

    /// Creates an empty collection.
    public init() {}

    /// The JSON value of a result, noting it here when it is undefined.
    ///
    /// - Parameters:
    ///   - result: The metric result.
    ///   - field: Its path in the record (e.g. `aji_plus`, `pq[2]`).
    ///   - encode: How to write a defined value.
    /// - Returns: The encoded value, or `null`.
    public mutating func value<Value>(
        _ result: MetricResult<Value>, field: String, encode: (Value) -> JSONValue
    ) -> JSONValue {
        switch result {
        case .success(let value):
            return encode(value)
        case .failure(let undefined):
            note(undefined, field: field)
            return .null
        }
    }

    /// Records an undefined field.
    ///
    /// - Parameters:
    ///   - undefined: Why it is undefined.
    ///   - field: Its path in the record.
    public mutating func note(_ undefined: Undefined, field: String) {
        if undefined.kind == .notANumber {
            notANumber.append(field)
        } else {
            raised.append((field, undefined.kind.rawValue))
        }
        reasons.append((field, undefined.reason))
    }

    /// The `raises` object (always present) and the `nan` list (present when non-empty).
    public var members: [(String, JSONValue)] {
        var members: [(String, JSONValue)] = [("raises", .object(raised.map { ($0.field, .string($0.exception)) }))]
        if !notANumber.isEmpty { members.append(("nan", .array(notANumber.map { .string($0) }))) }
        return members
    }
}
