/// CellViT's detection and per-type scores (`cell_detection_scores`, `cell_type_detection_scores`).
///
/// Reference: TIO-IKIM/CellViT 05097e1 (2025-07-23) `cell_segmentation/utils/metrics.py`,
/// driven as `inference_cellvit_experiment_pannuke.py` drives it: float64 centroids,
/// the whole set as one batch, `exhaustive=True`, types 1…5 (metrics spec §8.4).
/// Empty-input rule: with no matched pair anywhere the reference crashes on
/// `np.concatenate` (`.valueError`).
public struct CellViTDetectionScores: Hashable, Sendable {
    /// Precision, recall and F1 of one type.
    public struct TypeScores: Hashable, Sendable {
        /// `(tp+tn) / (tp+tn + 2fp + fp_d)`.
        public let precision: MetricResult<Double>
        /// `(tp+tn) / (tp+tn + 2fn + fn_d)`.
        public let recall: MetricResult<Double>
        /// The weighted F1 shared with HoVer-Net.
        public let f1: MetricResult<Double>
    }

    /// `TP / (TP + FP)` (Python integers: `.zeroDivisionError` for 0/0).
    public let precision: MetricResult<Double>
    /// `TP / (TP + FN)` (Python integers: `.zeroDivisionError` for 0/0).
    public let recall: MetricResult<Double>
    /// `2·TP / (2·TP + FP + FN)` (Python integers: `.zeroDivisionError` for 0/0).
    public let f1: MetricResult<Double>
    /// Scores per type.
    public let perType: [Int: TypeScores]

    /// Scores pooled counts as CellViT does.
    ///
    /// - Parameters:
    ///   - counts: Counts pooled over all images, built with `.float64` coordinates.
    ///   - types: The types to score; CellViT's PanNuke classes are 1…5.
    /// - Returns: The scores, or `.valueError` when there is no matched pair.
    public static func scores(of counts: DetectionCounts, types: [Int] = Array(1...5)) -> MetricResult<
        CellViTDetectionScores
    > {
        let truePositives = counts.truePositives
        guard truePositives > 0 else {
            return .failure(
                Undefined(
                    .valueError,
                    "no image produced a matched pair; the reference crashes on np.concatenate of an empty list")
            )
        }
        let falsePositives = counts.falsePositives
        let falseNegatives = counts.falseNegatives
        var perType: [Int: TypeScores] = [:]
        for type in types {
            let typeCounts = DetectionTypeCounts(type: type, in: counts, exhaustive: true)
            perType[type] = TypeScores(precision: typeCounts.precision, recall: typeCounts.recall, f1: typeCounts.f1)
        }
        return .success(
            CellViTDetectionScores(
                precision: pythonQuotient(truePositives, truePositives + falsePositives, "precision"),
                recall: pythonQuotient(truePositives, truePositives + falseNegatives, "recall"),
                f1: pythonQuotient(2 * truePositives, 2 * truePositives + falsePositives + falseNegatives, "F1"),
                perType: perType
            )
        )
    }

    /// Python's `int / int`: one double division, `ZeroDivisionError` for a zero denominator.
    private static func pythonQuotient(_ numerator: Int, _ denominator: Int, _ name: String) -> MetricResult<Double> {
        guard denominator != 0 else {
            return .failure(Undefined(.zeroDivisionError, "detection \(name) has a zero denominator"))
        }
        return .success(Double(numerator) / Double(denominator))
    }
}
