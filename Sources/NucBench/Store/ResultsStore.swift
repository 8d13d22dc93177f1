import Foundation

/// The SQLite results store: runs, their identity, and per-image × class sufficient statistics.
///
/// Every number of a report is recomputed from the stored rows. Each image is written
/// whole within one transaction (a batch of images may share it), so a process killed at any point (even `kill -9`) leaves whole images
/// only; beginning the same run again resumes it, skipping `completedImages`, and ends with
/// exactly the rows an uninterrupted run writes. Write-ahead logging, `BEGIN IMMEDIATE` and
/// a busy timeout let several processes write different runs to one store at once.
public final class ResultsStore {
    /// Where the command line keeps the store unless `--store` names another.
    public static let defaultPath = "Reports/nucbench.sqlite"

    /// The database file.
    public var path: String { connection.path }
    let connection: SQLiteConnection

    /// Opens the store at `path`, creating the file, its directory and the schema as needed.
    ///
    /// - Parameter path: The database file.
    /// - Returns: The open store, migrated to the current schema.
    /// - Throws: `StoreError` when the file cannot be opened, or its schema is newer than this build.
    public static func open(path: String = defaultPath) throws -> ResultsStore {
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw StoreError(.fileSystem, path: path, "cannot create the directory: \(error.localizedDescription)")
        }
        let connection = try SQLiteConnection(path: path)
        try StoreSchema.migrate(connection)
        return ResultsStore(connection: connection)
    }

    init(connection: SQLiteConnection) {
        self.connection = connection
    }

    /// The schema version of the open store (`PRAGMA user_version`).
    ///
    /// - Returns: The version.
    /// - Throws: `StoreError` from SQLite.
    public func schemaVersion() throws -> Int {
        try connection.scalarInt("PRAGMA user_version")
    }

    /// SQLite's consistency check of the whole file.
    ///
    /// - Returns: `["ok"]` for a sound database, otherwise SQLite's list of problems.
    /// - Throws: `StoreError` from SQLite.
    public func integrityCheck() throws -> [String] {
        let statement = try connection.prepare("PRAGMA integrity_check")
        var lines: [String] = []
        while try statement.step() { lines.append(statement.string(0)) }
        return lines
    }

    // MARK: - Runs

    /// Begins a run, or resumes the run of the same name and identity.
    ///
    /// - Parameters:
    ///   - record: The run's name and identity.
    ///   - date: The creation time to store for a new run.
    /// - Returns: The run's handle (also for a run already complete, which accepts no more images).
    /// - Throws: `StoreError.Kind.runConflict` when the name exists with a different identity
    ///   or options, or `StoreError` from SQLite.
    public func beginRun(_ record: RunRecord, at date: Date = Date()) throws -> RunHandle {
        let options = try encodedOptions(record.options)
        return try connection.transaction {
            if let existing = try storedRun(named: record.name) {
                let differences = existing.record.differences(from: record)
                guard differences.isEmpty else {
                    throw StoreError(
                        .runConflict, path: path,
                        "run '\(record.name)' already exists with a different "
                            + differences.joined(separator: ", ") + "; choose another run name")
                }
                return existing.handle
            }
            try connection.run(
                """
                INSERT INTO runs (name, created_at, git_revision, model, model_hash, dataset, dataset_card_hash,
                    dataset_content_hash, protocol, protocol_version, options, status)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'running')
                """,
                [
                    .text(record.name), .text(Self.timestamp(date)), .text(record.gitRevision), .text(record.model),
                    .text(record.modelHash), .text(record.dataset), .text(record.datasetCardHash),
                    .text(record.datasetContentHash), .text(record.protocolName), .text(record.protocolVersion),
                    .text(options),
                ])
            let id = try connection.scalarInt("SELECT last_insert_rowid()")
            return RunHandle(id: id, name: record.name)
        }
    }

    /// Marks a run complete; it then accepts no more images.
    ///
    /// - Parameter run: The run.
    /// - Throws: `StoreError.Kind.runState` when the run does not exist, or `StoreError` from SQLite.
    public func finish(_ run: RunHandle) throws {
        try connection.transaction {
            _ = try status(of: run)
            try connection.run("UPDATE runs SET status = 'complete' WHERE id = ?", [.integer(run.id)])
        }
    }

    /// Every run of the store, oldest first.
    ///
    /// - Returns: The runs.
    /// - Throws: `StoreError` from SQLite, or `.malformedRow` for unreadable options.
    public func runs() throws -> [StoredRun] {
        try storedRuns(where: "1", [])
    }

    /// The run of a given name.
    ///
    /// - Parameter name: The run name.
    /// - Returns: The run, or nil when there is none.
    /// - Throws: `StoreError` from SQLite, or `.malformedRow` for unreadable options.
    public func storedRun(named name: String) throws -> StoredRun? {
        try storedRuns(where: "name = ?", [.text(name)]).first
    }

    /// The indices of the images already recorded in a run.
    ///
    /// - Parameter run: The run.
    /// - Returns: The recorded image indices.
    /// - Throws: `StoreError` from SQLite.
    public func completedImages(_ run: RunHandle) throws -> Set<Int> {
        let statement = try connection.prepare("SELECT image_index FROM images WHERE run_id = ?")
        try statement.bind([.integer(run.id)])
        var indices: Set<Int> = []
        while try statement.step() { indices.insert(statement.int(0)) }
        return indices
    }

    // MARK: - Rows

    func status(of run: RunHandle) throws -> StoredRun.Status {
        let text = try connection.scalarText("SELECT status FROM runs WHERE id = ?", [.integer(run.id)])
        guard let status = StoredRun.Status(rawValue: text) else {
            throw StoreError(.runState, path: path, "run '\(run.name)' (id \(run.id)) is not in the store")
        }
        return status
    }

    private func storedRuns(where condition: String, _ values: [SQLiteValue]) throws -> [StoredRun] {
        let statement = try connection.prepare(
            """
            SELECT id, name, created_at, git_revision, model, model_hash, dataset, dataset_card_hash,
                dataset_content_hash, protocol, protocol_version, options, status
            FROM runs WHERE \(condition) ORDER BY id
            """)
        try statement.bind(values)
        var runs: [StoredRun] = []
        while try statement.step() {
            let record = RunRecord(
                name: statement.string(1), gitRevision: statement.string(3), model: statement.string(4),
                modelHash: statement.string(5), dataset: statement.string(6), datasetCardHash: statement.string(7),
                datasetContentHash: statement.string(8), protocolName: statement.string(9),
                protocolVersion: statement.string(10), options: try decodedOptions(statement.string(11)))
            guard let status = StoredRun.Status(rawValue: statement.string(12)) else {
                throw StoreError(.malformedRow, path: path, "run '\(record.name)' has status '\(statement.string(12))'")
            }
            runs.append(StoredRun(id: statement.int(0), createdAt: statement.string(2), record: record, status: status))
        }
        return runs
    }

    private func encodedOptions(_ options: [String: String]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        do {
            return String(decoding: try encoder.encode(options), as: UTF8.self)
        } catch {
            throw StoreError(.malformedRow, path: path, "cannot encode the run options: \(error)")
        }
    }

    private func decodedOptions(_ text: String) throws -> [String: String] {
        do {
            return try JSONDecoder().decode([String: String].self, from: Data(text.utf8))
        } catch {
            throw StoreError(.malformedRow, path: path, "run options are not a JSON object of strings: \(text)")
        }
    }

    private static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }
}
