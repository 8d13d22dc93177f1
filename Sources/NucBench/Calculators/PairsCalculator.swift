/// `nucbench metrics pairs`: every HoVer-Net `stats_utils` metric of each (GT, prediction) pair.
///
/// The record of a pair has exactly the keys of the golden lines in
/// `fixtures/metrics/pairs/*.jsonl`: `index n_gt n_pred tp fp fn dq sq pq aji aji_plus dice1
/// dice2 pq_iou03 gt_centroids raises [nan]` (plus `reasons` when explaining).
public enum PairsCalculator {
    /// Pairs scored per parallel batch; bounds memory on long stacks.
    static let batchSize = 256

    /// Scores the pairs of two `.npy` files and hands each record over in index order.
    ///
    /// - Parameters:
    ///   - gtPath: Ground truth: one (H, W) map or an (N, H, W) stack, any integer or float dtype.
    ///   - predPath: Prediction of the same shape.
    ///   - explain: Whether to add nucbench's reason for every undefined value.
    ///   - threads: Worker threads.
    ///   - emit: Receives each record, in order.
    /// - Throws: `InputError` naming the file for unreadable input or mismatched shapes.
    public static func run(
        gtPath: String, predPath: String, explain: Bool, threads: Int, emit: (JSON) -> Void
    ) throws {
        let gt = try LabelMapSource(path: gtPath)
        let pred = try LabelMapSource(path: predPath)
        let pairCount = try Self.pairCount(gt: gt, pred: pred)
        var start = 0
        while start < pairCount {
            let count = min(batchSize, pairCount - start)
            let first = start
            let records = try parallelMap(count: count, threads: threads) { offset in
                try record(
                    index: first + offset,
                    gt: try gt.map(at: first + offset),
                    pred: try pred.map(at: first + offset),
                    explain: explain
                )
            }
            records.forEach(emit)
            start += count
        }
    }

    /// The JSON record of one pair.
    ///
    /// - Parameters:
    ///   - index: Position in the stack (0 for a single pair).
    ///   - gt: Ground truth.
    ///   - pred: Prediction.
    ///   - explain: Whether to add `reasons`.
    /// - Returns: The record.
    /// - Throws: `InputError` when the maps differ in size.
    public static func record(index: Int, gt: InstanceMap, pred: InstanceMap, explain: Bool) throws -> JSON {
        let scores = try PairScores(gt: gt, pred: pred)
        var undefined = UndefinedFields()
        var members: [(String, JSON)] = [
            ("index", .int(index)), ("n_gt", .int(scores.gtCount)), ("n_pred", .int(scores.predCount)),
        ]
        let panoptic = panopticMembers(scores.panoptic, field: "pq", undefined: &undefined)
        members += panoptic ?? ["tp", "fp", "fn", "dq", "sq", "pq"].map { ($0, JSON.null) }
        members += [
            ("aji", undefined.number(scores.aji.flatMap { $0.index() }, field: "aji")),
            ("aji_plus", undefined.number(scores.ajiPlus.flatMap { $0.index() }, field: "aji_plus")),
            ("dice1", undefined.number(scores.dice1, field: "dice1")),
            ("dice2", undefined.number(scores.dice2, field: "dice2")),
        ]
        let lowThreshold = panopticMembers(scores.panopticAtLowThreshold, field: "pq_iou03", undefined: &undefined)
        members.append(("pq_iou03", lowThreshold.map(JSON.object) ?? .null))
        let centroids = gt.centroids(convention: .fullImage)
        members.append(("gt_centroids", .array(centroids.map { .array([.double($0.x), .double($0.y)]) })))
        members += undefined.members(explain: explain, alwaysRaises: true)
        return .object(members)
    }

    // MARK: - Pieces

    private static func panopticMembers(
        _ counts: MetricResult<PanopticCounts>, field: String, undefined: inout UndefinedFields
    ) -> [(String, JSON)]? {
        switch counts.flatMap({ counts in counts.quality().map { (counts, $0) } }) {
        case .success(let (counts, quality)):
            return [
                ("tp", .int(counts.truePositives)), ("fp", .int(counts.falsePositives)),
                ("fn", .int(counts.falseNegatives)), ("dq", .double(quality.detection)),
                ("sq", .double(quality.segmentation)), ("pq", .double(quality.panoptic)),
            ]
        case .failure(let reason):
            undefined.note(reason, field: field)
            return nil
        }
    }

    private static func pairCount(gt: LabelMapSource, pred: LabelMapSource) throws -> Int {
        guard gt.count == pred.count, gt.mapShape == pred.mapShape else {
            throw InputError(
                "prediction holds \(pred.count) map(s) of \(pred.mapShape) but the ground truth \(gt.path) holds "
                    + "\(gt.count) of \(gt.mapShape)",
                file: pred.path
            )
        }
        return gt.count
    }
}
