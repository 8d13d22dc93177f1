/// Collects the fields of one JSON record whose value is undefined, in the fixtures' layout.
///
/// A NaN result goes to the `nan` list; a case where the reference raises goes to
/// `raises` under the exception's name. nucbench's own reasons go to `reasons`, which
/// the commands print on request (`--explain`).
public struct UndefinedFields: Sendable {
    private var notANumber: [String] = []
    private var raised: [(String, JSON)] = []
    private var reasons: [(String, JSON)] = []

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
        _ result: MetricResult<Value>, field: String, encode: (Value) -> JSON
    ) -> JSON {
        switch result {
        case .success(let value):
            return encode(value)
        case .failure(let undefined):
            note(undefined, field: field)
            return .null
        }
    }

    /// The JSON value of a double result (`null` when undefined).
    ///
    /// - Parameters:
    ///   - result: The metric result.
    ///   - field: Its path in the record.
    /// - Returns: The number, or `null`.
    public mutating func number(_ result: MetricResult<Double>, field: String) -> JSON {
        value(result, field: field, encode: JSON.double)
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
            raised.append((field, .string(undefined.kind.rawValue)))
        }
        reasons.append((field, .string(undefined.reason)))
    }

    /// The `raises` object, the `nan` list (when non-empty) and, with `explain`, the
    /// `reasons` object.
    ///
    /// - Parameters:
    ///   - explain: Whether to add nucbench's reasons.
    ///   - alwaysRaises: Whether to write `raises` even when empty (the pairs layout does).
    /// - Returns: Members to append to the record.
    public func members(explain: Bool, alwaysRaises: Bool = false) -> [(String, JSON)] {
        var members: [(String, JSON)] = []
        if alwaysRaises || !raised.isEmpty { members.append(("raises", .object(raised))) }
        if !notANumber.isEmpty { members.append(("nan", .array(notANumber.map(JSON.string)))) }
        if explain, !reasons.isEmpty { members.append(("reasons", .object(reasons))) }
        return members
    }
}
