import CSQLite

/// A prepared statement: the handle that owns one `sqlite3_stmt*`.
///
/// Bind with `bind(_:)`, then call `step()` until it returns false; read columns of
/// the current row with the typed accessors. The statement is finalized on deinit.
package final class SQLiteStatement {
    private let connection: SQLiteConnection
    private let handle: OpaquePointer

    /// SQLite's "copy the bytes now" destructor (`SQLITE_TRANSIENT`).
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    init(connection: SQLiteConnection, handle: OpaquePointer) {
        self.connection = connection
        self.handle = handle
    }

    deinit { sqlite3_finalize(handle) }

    // MARK: - Binding

    /// Resets the statement and binds `values` to parameters 1…n.
    ///
    /// - Parameter values: One value per parameter.
    /// - Throws: `StoreError` when SQLite rejects a binding.
    package func bind(_ values: [SQLiteValue]) throws {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
        for (offset, value) in values.enumerated() {
            try connection.check(bind(value, at: Int32(offset + 1)))
        }
    }

    private func bind(_ value: SQLiteValue, at index: Int32) -> Int32 {
        switch value {
        case .integer(let integer): return sqlite3_bind_int64(handle, index, integer)
        case .real(let real): return sqlite3_bind_double(handle, index, real)
        case .null: return sqlite3_bind_null(handle, index)
        case .text(let text):
            let bytes = Array(text.utf8)
            guard !bytes.isEmpty else { return sqlite3_bind_text(handle, index, "", 0, Self.transient) }
            return bytes.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) {
                    sqlite3_bind_text(handle, index, $0.baseAddress, Int32($0.count), Self.transient)
                }
            }
        case .blob(let blob):
            guard !blob.isEmpty else { return sqlite3_bind_zeroblob(handle, index, 0) }
            return blob.withUnsafeBytes {
                sqlite3_bind_blob(handle, index, $0.baseAddress, Int32($0.count), Self.transient)
            }
        }
    }

    // MARK: - Stepping

    /// Advances to the next row.
    ///
    /// - Returns: True when a row is available, false when the statement is done.
    /// - Throws: `StoreError` with SQLite's message on any other result.
    @discardableResult
    package func step() throws -> Bool {
        let result = sqlite3_step(handle)
        if result == SQLITE_ROW { return true }
        if result == SQLITE_DONE { return false }
        sqlite3_reset(handle)
        throw connection.error(code: result)
    }

    /// Binds `values` and runs the statement to completion, ignoring rows.
    ///
    /// - Parameter values: One value per parameter.
    /// - Throws: `StoreError` from binding or stepping.
    package func run(_ values: [SQLiteValue] = []) throws {
        try bind(values)
        while try step() {}
    }

    // MARK: - Columns

    /// Whether column `index` of the current row is NULL.
    package func isNull(_ index: Int32) -> Bool { sqlite3_column_type(handle, index) == SQLITE_NULL }

    /// Column `index` as an integer.
    package func int(_ index: Int32) -> Int { Int(sqlite3_column_int64(handle, index)) }

    /// Column `index` as an integer, or nil when NULL.
    package func optionalInt(_ index: Int32) -> Int? { isNull(index) ? nil : int(index) }

    /// Column `index` as a double.
    package func double(_ index: Int32) -> Double { sqlite3_column_double(handle, index) }

    /// Column `index` as UTF-8 text (empty when NULL).
    package func string(_ index: Int32) -> String {
        guard let text = sqlite3_column_text(handle, index) else { return "" }
        let count = Int(sqlite3_column_bytes(handle, index))
        return String(decoding: UnsafeBufferPointer(start: text, count: count), as: UTF8.self)
    }

    /// Column `index` as text, or nil when NULL.
    package func optionalString(_ index: Int32) -> String? { isNull(index) ? nil : string(index) }

    /// Column `index` as bytes (empty when NULL).
    package func blob(_ index: Int32) -> [UInt8] {
        guard let bytes = sqlite3_column_blob(handle, index) else { return [] }
        let count = Int(sqlite3_column_bytes(handle, index))
        return Array(UnsafeRawBufferPointer(start: bytes, count: count))
    }
}
