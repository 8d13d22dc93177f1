import NucBench
import Testing

extension ResultsStoreTests {
    /// Schema version 1 and the migration machinery.
    @Suite struct StoreSchemaTests {}
}

extension ResultsStoreTests.StoreSchemaTests {
    @Test func openingCreatesTheDirectoryAndEveryTable() throws {
        try withTemporaryStore { path in
            let store = try ResultsStore.open(path: path)
            #expect(try store.schemaVersion() == 1)
            #expect(StoreSchema.currentVersion == 1)
            let raw = try SQLiteConnection(path: path)
            let statement = try raw.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
            var tables: [String] = []
            while try statement.step() { tables.append(statement.string(0)) }
            #expect(tables == ["detection", "images", "jaccard", "panoptic", "runs"])
            #expect(try store.integrityCheck() == ["ok"])
        }
    }

    @Test func migratingTwiceChangesNothing() throws {
        try withTemporaryStore { path in
            let run = try ResultsStore.open(path: path).beginRun(sampleRecord(name: "kept"))
            try ResultsStore.open(path: path).record(image: sampleImage(0), in: run)
            let raw = try SQLiteConnection(path: path)
            #expect(try StoreSchema.migrate(raw) == 1)
            #expect(try StoreSchema.migrate(raw) == 1)
            let store = try ResultsStore.open(path: path)
            #expect(try store.schemaVersion() == 1)
            #expect(try store.statistics(of: run) == [sampleImage(0)])
        }
    }

    @Test func laterMigrationsApplyInOrderAndKeepRows() throws {
        try withTemporaryStore { path in
            let run = try ResultsStore.open(path: path).beginRun(sampleRecord(name: "old"))
            let raw = try SQLiteConnection(path: path)
            let migrations =
                StoreSchema.migrations + [
                    "ALTER TABLE runs ADD COLUMN note TEXT", "UPDATE runs SET note = 'v3'",
                ]
            #expect(try StoreSchema.migrate(raw, migrations: migrations) == 3)
            #expect(try raw.scalarText("SELECT note FROM runs WHERE id = ?", [.integer(Int64(run.id))]) == "v3")
            #expect(try StoreSchema.migrate(raw, migrations: migrations) == 3)
        }
    }

    @Test func aFailingMigrationLeavesTheVersion() throws {
        try withTemporaryStore { path in
            _ = try ResultsStore.open(path: path)
            let raw = try SQLiteConnection(path: path)
            let migrations = StoreSchema.migrations + ["CREATE TABLE extra (x INTEGER); SELECT * FROM missing"]
            let error = #expect(throws: StoreError.self) { try StoreSchema.migrate(raw, migrations: migrations) }
            #expect(error?.message.contains("missing") == true)
            #expect(try raw.scalarInt("PRAGMA user_version") == 1)
            #expect(try raw.scalarInt("SELECT count(*) FROM sqlite_schema WHERE name = 'extra'") == 0)
        }
    }

    @Test func aNewerStoreIsRefused() throws {
        try withTemporaryStore { path in
            _ = try ResultsStore.open(path: path)
            try SQLiteConnection(path: path).execute("PRAGMA user_version = 7")
            let error = #expect(throws: StoreError.self) { try ResultsStore.open(path: path) }
            #expect(error?.kind == .newerSchema)
            #expect(error?.path == path)
            #expect(error?.description.contains("schema version 7") == true)
        }
    }
}
