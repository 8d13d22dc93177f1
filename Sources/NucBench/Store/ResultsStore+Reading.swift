// MARK: - Reading statistics

extension ResultsStore {
    /// Every recorded image of a run with its statistics, in image order.
    ///
    /// Aggregation adds these values in the returned order, which is the data set's, so
    /// pooled floating-point sums equal those of an uninterrupted run bit for bit.
    ///
    /// - Parameter run: The run.
    /// - Returns: The images, ascending by index.
    /// - Throws: `StoreError` from SQLite, or `.malformedRow` for an unknown undefined kind.
    public func statistics(of run: RunHandle) throws -> [ImageStatistics] {
        let runKey: [SQLiteValue] = [.integer(run.id)]
        var images: [ImageStatistics] = []
        var position: [Int: Int] = [:]
        let imageRows = try connection.prepare(
            "SELECT image_index, image_name, tissue, fold FROM images WHERE run_id = ? ORDER BY image_index")
        try imageRows.bind(runKey)
        while try imageRows.step() {
            position[imageRows.int(0)] = images.count
            images.append(
                ImageStatistics(
                    index: imageRows.int(0), name: imageRows.string(1), tissue: imageRows.optionalString(2),
                    fold: imageRows.optionalInt(3)))
        }
        func slot(_ index: Int) throws -> Int {
            guard let slot = position[index] else {
                throw StoreError(.malformedRow, path: path, "statistics of unrecorded image \(index)")
            }
            return slot
        }

        let panoptic = try connection.prepare(
            """
            SELECT image_index, class, tp, fp, fn, iou_sum, undefined_kind, undefined_reason
            FROM panoptic WHERE run_id = ? ORDER BY image_index, class
            """)
        try panoptic.bind(runKey)
        while try panoptic.step() {
            let result: MetricResult<PanopticCounts> =
                panoptic.isNull(2)
                ? .failure(try undefined(panoptic, kind: 6, reason: 7))
                : .success(
                    PanopticCounts(
                        truePositives: panoptic.int(2), falsePositives: panoptic.int(3),
                        falseNegatives: panoptic.int(4), iouSum: panoptic.double(5)))
            images[try slot(panoptic.int(0))].panoptic[ClassScope(storedValue: panoptic.int(1))] = result
        }

        let jaccard = try connection.prepare(
            """
            SELECT image_index, variant, class, intersection, union_, undefined_kind, undefined_reason
            FROM jaccard WHERE run_id = ? ORDER BY image_index, variant, class
            """)
        try jaccard.bind(runKey)
        while try jaccard.step() {
            guard let variant = JaccardVariant(rawValue: jaccard.string(1)) else {
                throw StoreError(.malformedRow, path: path, "unknown Jaccard variant '\(jaccard.string(1))'")
            }
            let result: MetricResult<AggregatedJaccardCounts> =
                jaccard.isNull(3)
                ? .failure(try undefined(jaccard, kind: 5, reason: 6))
                : .success(AggregatedJaccardCounts(intersection: jaccard.int(3), union: jaccard.int(4)))
            images[try slot(jaccard.int(0))].jaccard[variant, default: [:]][ClassScope(storedValue: jaccard.int(2))] =
                result
        }

        let detection = try connection.prepare(
            "SELECT image_index, gt_type, pred_type, count FROM detection WHERE run_id = ? ORDER BY image_index")
        try detection.bind(runKey)
        while try detection.step() {
            let count = detection.int(3)
            let row: DetectionCounts
            switch (detection.optionalInt(1), detection.optionalInt(2)) {
            case (let truth?, let prediction?):
                row = DetectionCounts(
                    pairedTypes: [.init(groundTruth: truth, prediction: prediction): count],
                    unpairedGroundTruthTypes: [:], unpairedPredictionTypes: [:])
            case (let truth?, nil):
                row = DetectionCounts(
                    pairedTypes: [:], unpairedGroundTruthTypes: [truth: count], unpairedPredictionTypes: [:])
            case (nil, let prediction?):
                row = DetectionCounts(
                    pairedTypes: [:], unpairedGroundTruthTypes: [:], unpairedPredictionTypes: [prediction: count])
            case (nil, nil):
                throw StoreError(.malformedRow, path: path, "detection row without a type")
            }
            let index = try slot(detection.int(0))
            images[index].detection = images[index].detection + row
        }
        try readPromptNucSegDetection(of: run, into: &images, slot: slot)
        return images
    }

    private func readPromptNucSegDetection(
        of run: RunHandle, into images: inout [ImageStatistics], slot: (Int) throws -> Int
    ) throws {
        let statement = try connection.prepare(
            """
            SELECT image_index, class, matched, predictions, ground_truth
            FROM promptnucseg_detection WHERE run_id = ? ORDER BY image_index, class
            """)
        try statement.bind([.integer(run.id)])
        var overall: [Int: PromptNucSegDetectionCounts.Tally] = [:]
        var perClass: [Int: [Int: PromptNucSegDetectionCounts.Tally]] = [:]
        while try statement.step() {
            let index = try slot(statement.int(0))
            let tally = PromptNucSegDetectionCounts.Tally(
                matched: statement.int(2), predictions: statement.int(3), groundTruth: statement.int(4))
            switch ClassScope(storedValue: statement.int(1)) {
            case .all: overall[index] = tally
            case .type(let type): perClass[index, default: [:]][type] = tally
            }
        }
        for (index, classes) in perClass where overall[index] == nil {
            throw StoreError(
                .malformedRow, path: path,
                "prompter tallies of image \(images[index].index) have \(classes.count) class rows but no overall row")
        }
        for (index, detection) in overall {
            images[index].promptNucSegDetection = PromptNucSegDetectionCounts(
                detection: detection, perClass: perClass[index] ?? [:])
        }
    }

    private func undefined(_ statement: SQLiteStatement, kind: Int32, reason: Int32) throws -> Undefined {
        guard let parsed = Undefined.Kind(rawValue: statement.string(kind)) else {
            throw StoreError(.malformedRow, path: path, "unknown undefined kind '\(statement.string(kind))'")
        }
        return Undefined(parsed, statement.string(reason))
    }
}
