/// The results store's schema: an ordered list of migrations, version n being the n-th.
///
/// The version lives in `PRAGMA user_version`. Each migration runs in its own
/// `BEGIN IMMEDIATE` transaction that re-reads the version first, so two processes
/// opening a new store at once apply it exactly once. A store written by a newer
/// nucbench (version above `migrations.count`) is refused rather than misread.
///
/// Every statistic is a row per image and class (`class` −1 is all classes / binary).
/// A row holds either its counts or, when the metric is undefined for that image, the
/// `Undefined` kind and reason — never both (CHECK constraints). All integer counts
/// are exact; `iou_sum` is an IEEE double, which SQLite's REAL keeps bit for bit
/// (the writer refuses NaN and −0.0, which REAL would not).
package enum StoreSchema {
    /// The migrations, in order; index i brings the schema from version i to i + 1.
    package static let migrations: [String] = [version1, version2]

    /// The version this build writes and reads.
    package static var currentVersion: Int { migrations.count }

    /// Brings the database up to the last of `migrations`.
    ///
    /// - Parameters:
    ///   - connection: The open database.
    ///   - migrations: The ordered migrations (the store's own by default).
    /// - Returns: The version after migrating.
    /// - Throws: `StoreError.Kind.newerSchema` when the database is newer than `migrations`,
    ///   or SQLite's error from a migration (which then leaves the version unchanged).
    @discardableResult
    package static func migrate(_ connection: SQLiteConnection, migrations: [String] = migrations) throws -> Int {
        var version = try connection.scalarInt("PRAGMA user_version")
        try refuseNewer(version, known: migrations.count, path: connection.path)
        while version < migrations.count {
            version = try connection.transaction {
                let found = try connection.scalarInt("PRAGMA user_version")
                try refuseNewer(found, known: migrations.count, path: connection.path)
                guard found == version else { return found }
                try connection.execute(migrations[version])
                try connection.execute("PRAGMA user_version = \(version + 1)")
                return version + 1
            }
        }
        return version
    }

    private static func refuseNewer(_ version: Int, known: Int, path: String) throws {
        guard version > known else { return }
        throw StoreError(
            .newerSchema, path: path,
            "results store has schema version \(version), but this nucbench knows versions up to \(known); "
                + "use a newer nucbench or another --store")
    }

    // MARK: - Version 1

    private static let version1 = """
        CREATE TABLE runs (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            created_at TEXT NOT NULL,
            git_revision TEXT NOT NULL,
            model TEXT NOT NULL,
            model_hash TEXT NOT NULL,
            dataset TEXT NOT NULL,
            dataset_card_hash TEXT NOT NULL,
            dataset_content_hash TEXT NOT NULL,
            protocol TEXT NOT NULL,
            protocol_version TEXT NOT NULL,
            options TEXT NOT NULL CHECK (json_valid(options)),
            status TEXT NOT NULL CHECK (status IN ('running', 'complete'))
        ) STRICT;

        CREATE TABLE images (
            run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
            image_index INTEGER NOT NULL CHECK (image_index >= 0),
            image_name TEXT NOT NULL,
            tissue TEXT,
            fold INTEGER,
            PRIMARY KEY (run_id, image_index)
        ) STRICT, WITHOUT ROWID;

        CREATE TABLE panoptic (
            run_id INTEGER NOT NULL,
            image_index INTEGER NOT NULL,
            class INTEGER NOT NULL CHECK (class >= -1),
            tp INTEGER CHECK (tp >= 0),
            fp INTEGER CHECK (fp >= 0),
            fn INTEGER CHECK (fn >= 0),
            iou_sum REAL,
            undefined_kind TEXT,
            undefined_reason TEXT,
            PRIMARY KEY (run_id, image_index, class),
            FOREIGN KEY (run_id, image_index) REFERENCES images(run_id, image_index) ON DELETE CASCADE,
            CHECK ((tp IS NULL AND fp IS NULL AND fn IS NULL AND iou_sum IS NULL)
                <> (undefined_kind IS NULL AND undefined_reason IS NULL)),
            CHECK ((tp IS NULL) = (fp IS NULL) AND (tp IS NULL) = (fn IS NULL) AND (tp IS NULL) = (iou_sum IS NULL)),
            CHECK ((undefined_kind IS NULL) = (undefined_reason IS NULL))
        ) STRICT, WITHOUT ROWID;

        CREATE TABLE jaccard (
            run_id INTEGER NOT NULL,
            image_index INTEGER NOT NULL,
            variant TEXT NOT NULL CHECK (variant IN ('aji', 'aji_plus')),
            class INTEGER NOT NULL CHECK (class >= -1),
            intersection INTEGER CHECK (intersection >= 0),
            union_ INTEGER CHECK (union_ >= 0),
            undefined_kind TEXT,
            undefined_reason TEXT,
            PRIMARY KEY (run_id, image_index, variant, class),
            FOREIGN KEY (run_id, image_index) REFERENCES images(run_id, image_index) ON DELETE CASCADE,
            CHECK ((intersection IS NULL AND union_ IS NULL) <> (undefined_kind IS NULL AND undefined_reason IS NULL)),
            CHECK ((intersection IS NULL) = (union_ IS NULL)),
            CHECK ((undefined_kind IS NULL) = (undefined_reason IS NULL))
        ) STRICT, WITHOUT ROWID;

        CREATE TABLE detection (
            run_id INTEGER NOT NULL,
            image_index INTEGER NOT NULL,
            gt_type INTEGER,
            pred_type INTEGER,
            count INTEGER NOT NULL CHECK (count > 0),
            FOREIGN KEY (run_id, image_index) REFERENCES images(run_id, image_index) ON DELETE CASCADE,
            CHECK (gt_type IS NOT NULL OR pred_type IS NOT NULL)
        ) STRICT;

        CREATE UNIQUE INDEX detection_key ON detection (
            run_id, image_index, ifnull(gt_type, 'none'), ifnull(pred_type, 'none'));
        """

    // MARK: - Version 2

    /// PromptNucSeg prompter detection tallies (`PromptNucSegDetectionCounts`).
    ///
    /// One row per image for the class-agnostic tally (`class` −1) and one per class that has
    /// points. An image without a −1 row has no prompter statistics (`nil`), unlike `.zero`.
    private static let version2 = """
        CREATE TABLE promptnucseg_detection (
            run_id INTEGER NOT NULL,
            image_index INTEGER NOT NULL,
            class INTEGER NOT NULL CHECK (class >= -1),
            matched INTEGER NOT NULL CHECK (matched >= 0),
            predictions INTEGER NOT NULL CHECK (predictions >= 0),
            ground_truth INTEGER NOT NULL CHECK (ground_truth >= 0),
            PRIMARY KEY (run_id, image_index, class),
            FOREIGN KEY (run_id, image_index) REFERENCES images(run_id, image_index) ON DELETE CASCADE,
            CHECK (matched <= predictions AND matched <= ground_truth)
        ) STRICT, WITHOUT ROWID;
        """
}
