/// Which instances a per-image statistic counts: all of them (binary), or one class.
///
/// Stored as the `class` column: −1 for `.all`, the class number otherwise.
public enum ClassScope: Hashable, Comparable, Sendable {
    /// Every instance, ignoring class (binary PQ, AJI).
    case all
    /// Instances of one class (a non-negative class number).
    case type(Int)

    /// The `class` column value.
    var storedValue: Int {
        switch self {
        case .all: return -1
        case .type(let number): return number
        }
    }

    /// Decodes a `class` column value.
    init(storedValue: Int) {
        self = storedValue < 0 ? .all : .type(storedValue)
    }
}
