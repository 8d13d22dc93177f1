/// One value bound to, or read from, an SQLite statement (the five storage classes).
package enum SQLiteValue: Sendable, Equatable {
    /// INTEGER.
    case integer(Int64)
    /// REAL (IEEE double; SQLite turns NaN into NULL and may drop the sign of −0.0).
    case real(Double)
    /// TEXT (UTF-8).
    case text(String)
    /// BLOB.
    case blob([UInt8])
    /// NULL.
    case null

    /// An integer, or NULL when `value` is nil.
    package static func integer(_ value: Int?) -> SQLiteValue {
        value.map { .integer(Int64($0)) } ?? .null
    }

    /// A text, or NULL when `value` is nil.
    package static func text(_ value: String?) -> SQLiteValue {
        value.map { .text($0) } ?? .null
    }
}
