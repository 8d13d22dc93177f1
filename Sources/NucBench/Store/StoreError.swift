/// A failure of the results store: which database, what kind of problem, and the words to show.
///
/// SQLite failures carry SQLite's own message and result code; the other kinds are
/// nucbench's checks (schema version, run identity, values SQLite cannot keep exactly).
public struct StoreError: Error, CustomStringConvertible, Sendable, Equatable {
    /// What went wrong.
    public enum Kind: Sendable, Equatable {
        /// SQLite returned an error (extended result code).
        case sqlite(code: Int32)
        /// The store's directory cannot be created.
        case fileSystem
        /// The database's schema version is newer than this build knows.
        case newerSchema
        /// A run of that name exists with a different identity or options.
        case runConflict
        /// A run is missing, already complete, or an image was recorded twice.
        case runState
        /// A value cannot be stored bit-exactly (NaN or −0.0).
        case unrepresentableValue
        /// A stored row does not decode (for example an unknown undefined kind).
        case malformedRow
    }

    /// What went wrong.
    public let kind: Kind
    /// The database file.
    public let path: String
    /// What is wrong, in words a user can act on (SQLite's message for `.sqlite`).
    public let message: String

    /// Creates a store error.
    ///
    /// - Parameters:
    ///   - kind: What went wrong.
    ///   - path: The database file.
    ///   - message: The explanation.
    public init(_ kind: Kind, path: String, _ message: String) {
        self.kind = kind
        self.path = path
        self.message = message
    }

    /// `path: message`, with SQLite's result code when there is one.
    public var description: String {
        if case .sqlite(let code) = kind { return "\(path): SQLite error \(code): \(message)" }
        return "\(path): \(message)"
    }
}
