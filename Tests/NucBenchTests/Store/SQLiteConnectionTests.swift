import NucBench
import Testing

extension ResultsStoreTests {
    /// The SQLite handle types: pragmas, binding, transactions and errors.
    @Suite struct SQLiteConnectionTests {}
}

/// The failure the rollback test throws inside a transaction.
private struct Interrupted: Error {}

extension ResultsStoreTests.SQLiteConnectionTests {
    @Test func connectionsUseWriteAheadLoggingAndForeignKeys() throws {
        try withTemporaryStore { path in
            _ = try ResultsStore.open(path: path)
            let connection = try SQLiteConnection(path: path)
            #expect(try connection.scalarText("PRAGMA journal_mode") == "wal")
            #expect(try connection.scalarInt("PRAGMA foreign_keys") == 1)
            #expect(try connection.scalarInt("PRAGMA synchronous") == 1)
            #expect(try connection.scalarInt("PRAGMA busy_timeout") == 10_000)
        }
    }

    @Test func everyStorageClassRoundTrips() throws {
        try withTemporaryStore { path in
            _ = try ResultsStore.open(path: path)
            let connection = try SQLiteConnection(path: path)
            try connection.execute("CREATE TABLE t (i INTEGER, r REAL, s TEXT, b BLOB, n TEXT)")
            let values: [SQLiteValue] = [
                .integer(.min), .real(0.1 + 0.2), .text("tissue\u{0}name ü"), .blob([0, 255, 7]), .null,
            ]
            try connection.run("INSERT INTO t VALUES (?, ?, ?, ?, ?)", values)
            try connection.run(
                "INSERT INTO t VALUES (?, ?, ?, ?, ?)",
                [.integer(0), .real(.leastNonzeroMagnitude), .text(""), .blob([]), .text("x")])
            let statement = try connection.prepare("SELECT i, r, s, b, n FROM t ORDER BY rowid")
            #expect(try statement.step())
            #expect(statement.int(0) == .min)
            #expect(statement.double(1).bitPattern == (0.1 + 0.2).bitPattern)
            #expect(statement.string(2) == "tissue\u{0}name ü")
            #expect(statement.blob(3) == [0, 255, 7])
            #expect(statement.optionalString(4) == nil)
            #expect(try statement.step())
            #expect(statement.double(1).bitPattern == Double.leastNonzeroMagnitude.bitPattern)
            #expect(statement.optionalString(2) == "")
            #expect(statement.blob(3) == [])
            #expect(try !statement.step())
        }
    }

    /// Uses do/catch rather than `#expect(throws:)`: with Swift 6.3.1 the macro's closure ran
    /// in place of the later `transaction { … }` closure of the same function (seen in a backtrace).
    @Test func aThrowingTransactionRollsBack() throws {
        try withTemporaryStore { path in
            _ = try ResultsStore.open(path: path)
            let connection = try SQLiteConnection(path: path)
            try connection.execute("CREATE TABLE t (x INTEGER)")
            var caught = false
            do {
                try connection.transaction {
                    try connection.run("INSERT INTO t VALUES (1)")
                    throw Interrupted()
                }
            } catch is Interrupted {
                caught = true
            }
            #expect(caught)
            #expect(try connection.scalarInt("SELECT count(*) FROM t") == 0)
            try connection.transaction { try connection.run("INSERT INTO t VALUES (2)") }
            #expect(try connection.scalarInt("SELECT sum(x) FROM t") == 2)
        }
    }

    @Test func errorsCarrySQLitesMessageAndThePath() throws {
        try withTemporaryStore { path in
            _ = try ResultsStore.open(path: path)
            let connection = try SQLiteConnection(path: path)
            let error = #expect(throws: StoreError.self) { try connection.run("SELECT * FROM nowhere") }
            #expect(error?.message == "no such table: nowhere")
            #expect(error?.description.hasPrefix("\(path): SQLite error 1:") == true)
        }
    }
}
