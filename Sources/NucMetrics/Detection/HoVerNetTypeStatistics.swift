/// The vector printed by HoVer-Net `compute_stats.py --mode=type` (`run_nuclei_type_stat`).
///
/// Reference: vqdang/hover_net 67e2ce5 (2023-10-27), metrics spec §8.3–8.4. Counts are
/// pooled over the whole set (micro average) before any division. Empty-input rule:
/// when no image yields a matched pair the reference crashes on `np.concatenate` of
/// an empty list, so no value exists (`.valueError`).
public struct HoVerNetTypeStatistics: Hashable, Sendable {
    /// The types of ``perTypeF1``, in order.
    public let types: [Int]
    /// Detection F1, `2·TP / (2·TP + FP + FN)`.
    public let detectionF1: Double
    /// Type accuracy over matched pairs (`.notANumber` for 0/0).
    public let accuracy: MetricResult<Double>
    /// Weighted type F1 for each entry of ``types``.
    public let perTypeF1: [MetricResult<Double>]

    /// `[F1_d, acc, F1_type for each type]`, the array the reference prints.
    public var vector: [MetricResult<Double>] {
        [.success(detectionF1), accuracy] + perTypeF1
    }

    /// Scores pooled counts as `run_nuclei_type_stat` does.
    ///
    /// Accuracy = pairs with equal types / pairs; without exhaustive labels, pairs whose
    /// ground-truth type is −1 are removed from the mismatches first. Per-type F1 uses
    /// weights (2, 2, 1, 1) (``DetectionTypeCounts/f1``).
    ///
    /// - Parameters:
    ///   - counts: Counts pooled over all images, built with `.float32` coordinates.
    ///   - exhaustive: The reference's `exhaustive` flag (default `True`).
    ///   - types: The types to score; `nil` uses the reference default, the distinct
    ///     ground-truth types (``DetectionCounts/groundTruthTypes``).
    /// - Returns: The statistics, or `.valueError` when there is no matched pair.
    public static func statistics(
        of counts: DetectionCounts, exhaustive: Bool = true, types: [Int]? = nil
    ) -> MetricResult<HoVerNetTypeStatistics> {
        let truePositives = counts.truePositives
        guard truePositives > 0 else {
            return .failure(
                Undefined(
                    .valueError,
                    "no image produced a matched pair; the reference crashes on np.concatenate of an empty list")
            )
        }
        var agreeing = 0
        var disagreeing = 0
        var unknown = 0
        for (pair, number) in counts.pairedTypes {
            if pair.groundTruth == pair.prediction { agreeing += number } else { disagreeing += number }
            if pair.groundTruth == -1 { unknown += number }
        }
        if !exhaustive { disagreeing -= unknown }
        let accuracy: MetricResult<Double> =
            agreeing == 0 && agreeing + disagreeing == 0
            ? .failure(Undefined(.notANumber, "type accuracy is 0/0: every pair has ground-truth type -1"))
            : .success(Double(agreeing) / Double(agreeing + disagreeing))
        let detectionF1 =
            Double(2 * truePositives) / Double(2 * truePositives + counts.falsePositives + counts.falseNegatives)
        let scored = types ?? counts.groundTruthTypes
        return .success(
            HoVerNetTypeStatistics(
                types: scored,
                detectionF1: detectionF1,
                accuracy: accuracy,
                perTypeF1: scored.map { DetectionTypeCounts(type: $0, in: counts, exhaustive: exhaustive).f1 }
            )
        )
    }
}
