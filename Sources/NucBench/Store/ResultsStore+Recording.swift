// MARK: - Recording images

extension ResultsStore {
    /// Records one image's statistics: all its rows in one transaction, or none of them.
    ///
    /// - Parameters:
    ///   - image: The image's identity and statistics.
    ///   - run: A running run.
    /// - Throws: `StoreError.Kind.runState` when the run is complete or missing or the image
    ///   is already recorded, `.unrepresentableValue` for a NaN or −0.0 IoU sum, or
    ///   `StoreError` from SQLite. Nothing of the image is stored when it throws.
    public func record(image: ImageStatistics, in run: RunHandle) throws {
        try record(images: [image], in: run)
    }

    /// Records several images' statistics in one transaction: all their rows, or none of them.
    ///
    /// A killed process therefore leaves whole images only, as with `record(image:in:)`, while
    /// one commit per batch keeps the write-ahead log small (one commit per image cost a
    /// third of a PanNuke fold's evaluation time on disk).
    ///
    /// - Parameters:
    ///   - images: The images' identities and statistics.
    ///   - run: A running run.
    /// - Throws: As `record(image:in:)`; nothing of any image is stored when it throws.
    public func record(images: [ImageStatistics], in run: RunHandle) throws {
        guard !images.isEmpty else { return }
        try connection.transaction {
            guard try status(of: run) == .running else {
                throw StoreError(.runState, path: path, "run '\(run.name)' is complete; it accepts no more images")
            }
            for image in images { try insert(image, in: run) }
        }
    }

    private func insert(_ image: ImageStatistics, in run: RunHandle) throws {
        let recorded = try connection.scalarInt(
            "SELECT count(*) FROM images WHERE run_id = ? AND image_index = ?",
            [.integer(run.id), .integer(image.index)])
        guard recorded == 0 else {
            throw StoreError(.runState, path: path, "image \(image.index) of run '\(run.name)' is already recorded")
        }
        try connection.run(
            "INSERT INTO images (run_id, image_index, image_name, tissue, fold) VALUES (?, ?, ?, ?, ?)",
            [.integer(run.id), .integer(image.index), .text(image.name), .text(image.tissue), .integer(image.fold)])
        let key: [SQLiteValue] = [.integer(run.id), .integer(image.index)]
        try insertPanoptic(image, key: key)
        try insertJaccard(image, key: key)
        try insertDetection(image.detection, key: key)
        if let prompter = image.promptNucSegDetection {
            try insertPromptNucSegDetection(prompter, key: key)
        }
    }

    private func insertPanoptic(_ image: ImageStatistics, key: [SQLiteValue]) throws {
        let statement = try connection.prepare(
            """
            INSERT INTO panoptic (run_id, image_index, class, tp, fp, fn, iou_sum, undefined_kind, undefined_reason)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (scope, result) in image.panoptic.sorted(by: { $0.key < $1.key }) {
            var values = key + [.integer(Int64(scope.storedValue))]
            switch result {
            case .success(let counts):
                try requireRepresentable(counts.iouSum, image: image.index, scope: scope)
                values += [
                    .integer(counts.truePositives), .integer(counts.falsePositives), .integer(counts.falseNegatives),
                    .real(counts.iouSum), .null, .null,
                ]
            case .failure(let undefined):
                values += [.null, .null, .null, .null, .text(undefined.kind.rawValue), .text(undefined.reason)]
            }
            try statement.run(values)
        }
    }

    private func insertJaccard(_ image: ImageStatistics, key: [SQLiteValue]) throws {
        let statement = try connection.prepare(
            """
            INSERT INTO jaccard (run_id, image_index, variant, class, intersection, union_, undefined_kind,
                undefined_reason)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (variant, scopes) in image.jaccard.sorted(by: { $0.key < $1.key }) {
            for (scope, result) in scopes.sorted(by: { $0.key < $1.key }) {
                var values = key + [.text(variant.rawValue), .integer(Int64(scope.storedValue))]
                switch result {
                case .success(let counts):
                    values += [.integer(counts.intersection), .integer(counts.union), .null, .null]
                case .failure(let undefined):
                    values += [.null, .null, .text(undefined.kind.rawValue), .text(undefined.reason)]
                }
                try statement.run(values)
            }
        }
    }

    private func insertDetection(_ detection: DetectionCounts, key: [SQLiteValue]) throws {
        let statement = try connection.prepare(
            "INSERT INTO detection (run_id, image_index, gt_type, pred_type, count) VALUES (?, ?, ?, ?, ?)")
        let pairs = detection.pairedTypes.sorted {
            ($0.key.groundTruth, $0.key.prediction) < ($1.key.groundTruth, $1.key.prediction)
        }
        for (pair, count) in pairs {
            try statement.run(key + [.integer(pair.groundTruth), .integer(pair.prediction), .integer(count)])
        }
        for (type, count) in detection.unpairedGroundTruthTypes.sorted(by: { $0.key < $1.key }) {
            try statement.run(key + [.integer(type), .null, .integer(count)])
        }
        for (type, count) in detection.unpairedPredictionTypes.sorted(by: { $0.key < $1.key }) {
            try statement.run(key + [.null, .integer(type), .integer(count)])
        }
    }

    private func insertPromptNucSegDetection(_ counts: PromptNucSegDetectionCounts, key: [SQLiteValue]) throws {
        let statement = try connection.prepare(
            """
            INSERT INTO promptnucseg_detection (run_id, image_index, class, matched, predictions, ground_truth)
            VALUES (?, ?, ?, ?, ?, ?)
            """)
        let rows =
            [(ClassScope.all, counts.detection)]
            + counts.perClass.sorted { $0.key < $1.key }.map {
                (ClassScope.type($0.key), $0.value)
            }
        for (scope, tally) in rows {
            try statement.run(
                key + [
                    .integer(Int64(scope.storedValue)), .integer(tally.matched), .integer(tally.predictions),
                    .integer(tally.groundTruth),
                ])
        }
    }

    /// SQLite's REAL stores NaN as NULL and −0.0 as 0; refuse both instead of changing them.
    private func requireRepresentable(_ value: Double, image: Int, scope: ClassScope) throws {
        guard value.isNaN || (value == 0 && value.sign == .minus) else { return }
        throw StoreError(
            .unrepresentableValue, path: path,
            "image \(image), \(scope): IoU sum \(value) cannot be stored exactly (SQLite REAL has no NaN or −0.0)")
    }
}
