/// Why a metric has no value where the reference implementation gives none.
///
/// The references either return NaN (numpy) or raise (Python). nucbench never
/// invents a number for those cases: it returns this value, which keeps the kind of
/// failure the reference shows (so results can be compared with its output) and a
/// reason in words.
public struct Undefined: Error, Hashable, Sendable, CustomStringConvertible {
    /// How the reference implementation behaves in this case.
    public enum Kind: String, Sendable, Hashable {
        /// The reference returns NaN (for example numpy's 0.0 / 0.0).
        case notANumber = "NaN"
        /// The reference raises `ZeroDivisionError`.
        case zeroDivisionError = "ZeroDivisionError"
        /// The reference raises `ValueError`.
        case valueError = "ValueError"
        /// The reference raises `IndexError`.
        case indexError = "IndexError"
    }

    /// The reference's behaviour.
    public let kind: Kind
    /// nucbench's explanation of why no value exists.
    public let reason: String

    /// Creates an undefined marker.
    ///
    /// - Parameters:
    ///   - kind: How the reference behaves.
    ///   - reason: Why there is no value.
    public init(_ kind: Kind, _ reason: String) {
        self.kind = kind
        self.reason = reason
    }

    /// `undefined (Kind): reason`.
    public var description: String { "undefined (\(kind.rawValue)): \(reason)" }
}

/// A metric value, or the reason it is undefined.
public typealias MetricResult<Value> = Result<Value, Undefined>

extension Result where Failure == Undefined {
    /// The value, or `nil` when undefined.
    public var value: Success? {
        if case .success(let value) = self { return value }
        return nil
    }

    /// The reason the value is undefined, or `nil` when it is defined.
    public var undefined: Undefined? {
        if case .failure(let reason) = self { return reason }
        return nil
    }
}
