import CSQLite

/// An open SQLite database: the handle that owns one `sqlite3*`.
///
/// Opened read-write (created if missing) in serialized mode, with write-ahead logging,
/// `synchronous=NORMAL`, foreign keys on and a busy timeout. In WAL mode NORMAL loses
/// no committed transaction when the process is killed (the log is in the OS page cache);
/// only a power loss can drop the last commits, which leaves the database consistent and
/// merely makes a resumed run recompute those images. FULL would fsync every image.
package final class SQLiteConnection {
    /// The database file.
    package let path: String
    private let handle: OpaquePointer

    /// How long a writer waits for another process's write lock before failing.
    package static let busyTimeoutMilliseconds: Int32 = 10_000

    /// Opens (creating if needed) the database at `path` and sets the connection pragmas.
    ///
    /// - Parameter path: The database file; its directory must exist.
    /// - Throws: `StoreError` with SQLite's message when the file cannot be opened.
    package init(path: String) throws {
        self.path = path
        var opened: OpaquePointer?
        let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX
        let result = sqlite3_open_v2(path, &opened, flags, nil)
        guard let opened else {
            throw StoreError(.sqlite(code: result), path: path, "cannot open the database (out of memory)")
        }
        handle = opened
        sqlite3_extended_result_codes(handle, 1)
        try check(result)
        sqlite3_busy_timeout(handle, Self.busyTimeoutMilliseconds)
        try execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;")
        let mode = try scalarText("PRAGMA journal_mode")
        guard mode == "wal" else {
            throw StoreError(.sqlite(code: SQLITE_ERROR), path: path, "cannot switch to WAL (journal mode is \(mode))")
        }
    }

    deinit { sqlite3_close_v2(handle) }

    // MARK: - Statements

    /// Runs one or more SQL statements without parameters.
    ///
    /// - Parameter sql: The statements, separated by semicolons.
    /// - Throws: `StoreError` with SQLite's message.
    package func execute(_ sql: String) throws {
        try check(sqlite3_exec(handle, sql, nil, nil, nil))
    }

    /// Compiles one statement.
    ///
    /// - Parameter sql: A single SQL statement with `?` parameters.
    /// - Returns: The prepared statement.
    /// - Throws: `StoreError` with SQLite's message when it does not compile.
    package func prepare(_ sql: String) throws -> SQLiteStatement {
        var statement: OpaquePointer?
        try check(sqlite3_prepare_v2(handle, sql, -1, &statement, nil))
        guard let statement else {
            throw StoreError(.sqlite(code: SQLITE_MISUSE), path: path, "empty statement: \(sql)")
        }
        return SQLiteStatement(connection: self, handle: statement)
    }

    /// Runs one statement with parameters, ignoring any rows.
    ///
    /// - Parameters:
    ///   - sql: A single SQL statement.
    ///   - values: Its parameters.
    /// - Throws: `StoreError` with SQLite's message.
    package func run(_ sql: String, _ values: [SQLiteValue] = []) throws {
        try prepare(sql).run(values)
    }

    /// The integer in the first column of the first row (0 when there is no row).
    ///
    /// - Parameters:
    ///   - sql: A query.
    ///   - values: Its parameters.
    /// - Returns: The value.
    /// - Throws: `StoreError` with SQLite's message.
    package func scalarInt(_ sql: String, _ values: [SQLiteValue] = []) throws -> Int {
        let statement = try prepare(sql)
        try statement.bind(values)
        return try statement.step() ? statement.int(0) : 0
    }

    /// The text in the first column of the first row (empty when there is no row).
    ///
    /// - Parameters:
    ///   - sql: A query.
    ///   - values: Its parameters.
    /// - Returns: The value.
    /// - Throws: `StoreError` with SQLite's message.
    package func scalarText(_ sql: String, _ values: [SQLiteValue] = []) throws -> String {
        let statement = try prepare(sql)
        try statement.bind(values)
        return try statement.step() ? statement.string(0) : ""
    }

    // MARK: - Transactions

    /// Runs `body` in a write transaction: `BEGIN IMMEDIATE`, then COMMIT, or ROLLBACK on a throw.
    ///
    /// IMMEDIATE takes the write lock up front, so the busy timeout applies there and a
    /// transaction never fails half-way because another process started writing.
    ///
    /// - Parameter body: The work; everything it writes commits or nothing does.
    /// - Returns: What `body` returns.
    /// - Throws: `body`'s error (after rolling back), or `StoreError` from SQLite.
    package func transaction<Value>(_ body: () throws -> Value) throws -> Value {
        try execute("BEGIN IMMEDIATE")
        do {
            let value = try body()
            try execute("COMMIT")
            return value
        } catch {
            if sqlite3_get_autocommit(handle) == 0 { sqlite3_exec(handle, "ROLLBACK", nil, nil, nil) }
            throw error
        }
    }

    // MARK: - Errors

    /// Throws a `StoreError` unless `result` is `SQLITE_OK`.
    ///
    /// - Parameter result: An SQLite result code.
    /// - Throws: `StoreError` with SQLite's current message.
    package func check(_ result: Int32) throws {
        guard result != SQLITE_OK else { return }
        throw error(code: result)
    }

    /// The error for `code`, with SQLite's current message and this database's path.
    ///
    /// - Parameter code: An SQLite result code.
    /// - Returns: The error.
    package func error(code: Int32) -> StoreError {
        let message = sqlite3_errmsg(handle).map { String(cString: $0) } ?? String(cString: sqlite3_errstr(code))
        return StoreError(.sqlite(code: code), path: path, message)
    }
}
