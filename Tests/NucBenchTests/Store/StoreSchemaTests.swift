import Foundation
import NucBench
import Testing

extension ResultsStoreTests {
    /// Schema versions 1 and 2 and the migration machinery.
    @Suite struct StoreSchemaTests {}
}

extension ResultsStoreTests.StoreSchemaTests {
    @Test func openingCreatesTheDirectoryAndEveryTable() throws {
        try withTemporaryStore { path in
            let store = try ResultsStore.open(path: path)
            #expect(try store.schemaVersion() == 2)
            #expect(StoreSchema.currentVersion == 2)
            let raw = try SQLiteConnection(path: path)
            let statement = try raw.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
            var tables: [String] = []
            while try statement.step() { tables.append(statement.string(0)) }
            #expect(tables == ["detection", "images", "jaccard", "panoptic", "promptnucseg_detection", "runs"])
            #expect(try store.integrityCheck() == ["ok"])
        }
    }

    @Test func migratingTwiceChangesNothing() throws {
        try withTemporaryStore { path in
            let run = try ResultsStore.open(path: path).beginRun(sampleRecord(name: "kept"))
            try ResultsStore.open(path: path).record(image: sampleImage(0), in: run)
            let raw = try SQLiteConnection(path: path)
            #expect(try StoreSchema.migrate(raw) == 2)
            #expect(try StoreSchema.migrate(raw) == 2)
            let store = try ResultsStore.open(path: path)
            #expect(try store.schemaVersion() == 2)
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
            #expect(try StoreSchema.migrate(raw, migrations: migrations) == 4)
            #expect(try raw.scalarText("SELECT note FROM runs WHERE id = ?", [.integer(Int64(run.id))]) == "v3")
            #expect(try StoreSchema.migrate(raw, migrations: migrations) == 4)
        }
    }

    @Test func aFailingMigrationLeavesTheVersion() throws {
        try withTemporaryStore { path in
            _ = try ResultsStore.open(path: path)
            let raw = try SQLiteConnection(path: path)
            let migrations = StoreSchema.migrations + ["CREATE TABLE extra (x INTEGER); SELECT * FROM missing"]
            let error = #expect(throws: StoreError.self) { try StoreSchema.migrate(raw, migrations: migrations) }
            #expect(error?.message.contains("missing") == true)
            #expect(try raw.scalarInt("PRAGMA user_version") == 2)
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

    @Test func aVersion1StoreMigratesToVersion2KeepingItsRows() throws {
        try withTemporaryStore { path in
            try FileManager.default.createDirectory(
                atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            let raw = try SQLiteConnection(path: path)
            #expect(try StoreSchema.migrate(raw, migrations: Array(StoreSchema.migrations.prefix(1))) == 1)
            try raw.execute(
                """
                INSERT INTO runs VALUES (1, 'old', '2026-01-01T00:00:00Z', '0123abc', 'sam-vit-b', 'sha256:aa',
                    'pannuke', 'sha256:bb', 'sha256:cc', 'pannuke', '1', '{"match-iou":"0.5","threads":"2"}',
                    'running');
                """ + sampleImageSQL(0, run: 1, slowSteps: 1))
            let store = try ResultsStore.open(path: path)
            #expect(try store.schemaVersion() == 2)
            let run = try #require(try store.storedRun(named: "old")).handle
            #expect(try store.statistics(of: run) == [sampleImage(0)])
            var prompted = sampleImage(1)
            prompted.promptNucSegDetection = samplePrompterCounts
            try store.record(image: prompted, in: run)
            #expect(try store.statistics(of: run) == [sampleImage(0), prompted])
            #expect(try store.integrityCheck() == ["ok"])
        }
    }
}
