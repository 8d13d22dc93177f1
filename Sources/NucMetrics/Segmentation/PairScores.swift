/// Every HoVer-Net `stats_utils` metric of one (ground truth, prediction) pair.
///
/// Reference: vqdang/hover_net `metrics/stats_utils.py` at 67e2ce5, on input remapped
/// with `remap_label` (prediction first, then ground truth). A map without any
/// background pixel makes `remap_label` raise, so every metric is then undefined.
public struct PairScores: Sendable {
    /// Number of ground-truth instances.
    public let gtCount: Int
    /// Number of predicted instances.
    public let predCount: Int
    /// PQ statistics at IoU > 0.5.
    public let panoptic: MetricResult<PanopticCounts>
    /// PQ statistics of the assignment branch at IoU > 0.3.
    public let panopticAtLowThreshold: MetricResult<PanopticCounts>
    /// MoNuSeg AJI statistics.
    public let aji: MetricResult<AggregatedJaccardCounts>
    /// AJI+ statistics.
    public let ajiPlus: MetricResult<AggregatedJaccardCounts>
    /// Binary Dice.
    public let dice1: MetricResult<Double>
    /// Ensemble Dice.
    public let dice2: MetricResult<Double>

    /// Scores a pair.
    ///
    /// - Parameters:
    ///   - gt: Ground truth.
    ///   - pred: Prediction.
    ///   - lowThreshold: IoU threshold of the assignment-branch PQ (0.3 in the fixtures).
    /// - Throws: `InputError` when the maps differ in size.
    public init(gt: InstanceMap, pred: InstanceMap, lowThreshold: Double = 0.3) throws {
        gtCount = gt.count
        predCount = pred.count
        let table = try OverlapTable(gt: gt, pred: pred)
        if let missing = Self.missingBackground(gt: gt, pred: pred) {
            panoptic = .failure(missing)
            panopticAtLowThreshold = .failure(missing)
            aji = .failure(missing)
            ajiPlus = .failure(missing)
            dice1 = .failure(missing)
            dice2 = .failure(missing)
            return
        }
        panoptic = .success(PanopticMatching(table).counts)
        panopticAtLowThreshold = .success(PanopticMatching(table, threshold: lowThreshold).counts)
        aji = AggregatedJaccardCounts.monuseg(table)
        ajiPlus = .success(AggregatedJaccardCounts.plus(table))
        dice1 = DiceCoefficients.binary(table)
        dice2 = DiceCoefficients.ensemble(table)
    }

    /// `remap_label` raises `ValueError` on a map with no 0 pixel (prediction checked first).
    private static func missingBackground(gt: InstanceMap, pred: InstanceMap) -> Undefined? {
        if !pred.hasBackground {
            return Undefined(.valueError, "the prediction has no background pixel (remap_label removes 0 from its ids)")
        }
        if !gt.hasBackground {
            return Undefined(
                .valueError, "the ground truth has no background pixel (remap_label removes 0 from its ids)")
        }
        return nil
    }
}
