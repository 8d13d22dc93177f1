import NucIO
import NucMetrics
import Testing

/// Compares scores with fixture values at tolerance 0 and counts the matches.
///
/// A fixture `null` listed in its object's `"nan"` array is a numpy NaN and must be an
/// undefined score of kind `.notANumber`; any other value must be `==` to the score.
struct FixtureScoreChecker {
    /// Values compared.
    private(set) var compared = 0
    /// Values that matched exactly.
    private(set) var matched = 0

    /// Checks one score.
    ///
    /// - Parameters:
    ///   - actual: The computed score.
    ///   - key: The field name in `object` (or `key[index]` with `index`).
    ///   - object: The fixture object holding the field and its `"nan"` list.
    ///   - index: Index into an array field.
    ///   - context: Where the value is, for failure messages.
    mutating func check(
        _ actual: MetricResult<Double>, _ key: String, in object: JSON, index: Int? = nil, context: String
    ) {
        compared += 1
        let field = object[key]
        let expected = index.flatMap { field?.elements?[$0] } ?? (index == nil ? field : nil)
        let path = index.map { "\(key)[\($0)]" } ?? key
        let nanPaths = object["nan"]?.elements?.compactMap(\.text) ?? []
        let ok: Bool
        if expected?.isNull == true {
            ok = nanPaths.contains(path) && actual.undefined?.kind == .notANumber
        } else {
            ok = expected?.double != nil && actual.value == expected?.double
        }
        #expect(ok, "\(context) \(path): computed \(actual), fixture \(String(describing: expected))")
        if ok { matched += 1 }
    }

    /// Checks one plain number.
    ///
    /// - Parameters:
    ///   - actual: The computed value.
    ///   - expected: The fixture value.
    ///   - context: Where the value is, for failure messages.
    mutating func check(_ actual: Double, _ expected: JSON?, context: String) {
        compared += 1
        let ok = expected?.double == actual
        #expect(ok, "\(context): computed \(actual), fixture \(String(describing: expected))")
        if ok { matched += 1 }
    }
}
