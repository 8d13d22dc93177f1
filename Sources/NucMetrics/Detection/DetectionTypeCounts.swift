/// The per-type counts of HoVer-Net's `_f1_type` and CellViT's `cell_type_detection_scores`.
///
/// Pairs are first restricted to those whose ground-truth *or* predicted type is the
/// type of interest, so `trueNegatives` is always 0 (metrics spec §8.4). Without
/// exhaustive labels, pairs whose ground-truth type is −1 ("unknown") are subtracted
/// from `falsePositives`, which can make it negative — the reference does the same.
public struct DetectionTypeCounts: Hashable, Sendable {
    /// Restricted pairs with both types equal to the type (`tp_dt`).
    public let truePositives: Int
    /// Restricted pairs with neither type equal to it (`tn_dt`; always 0).
    public let trueNegatives: Int
    /// Restricted pairs predicted as the type with another ground-truth type (`fp_dt`).
    public let falsePositives: Int
    /// Restricted pairs of the ground-truth type predicted otherwise (`fn_dt`).
    public let falseNegatives: Int
    /// Unmatched predictions of the type (`fp_d`).
    public let unpairedPredictions: Int
    /// Unmatched ground-truth points of the type (`fn_d`).
    public let unpairedGroundTruth: Int

    /// Counts one type.
    ///
    /// - Parameters:
    ///   - type: The type of interest.
    ///   - counts: Pooled detection counts.
    ///   - exhaustive: Whether the ground truth is exhaustively typed; when `false`,
    ///     restricted pairs with ground-truth type −1 are subtracted from `falsePositives`.
    public init(type: Int, in counts: DetectionCounts, exhaustive: Bool) {
        var truePositives = 0
        var trueNegatives = 0
        var falsePositives = 0
        var falseNegatives = 0
        var unknown = 0
        for (pair, number) in counts.pairedTypes where pair.groundTruth == type || pair.prediction == type {
            switch (pair.groundTruth == type, pair.prediction == type) {
            case (true, true): truePositives += number
            case (false, true): falsePositives += number
            case (true, false): falseNegatives += number
            case (false, false): trueNegatives += number
            }
            if pair.groundTruth == -1 { unknown += number }
        }
        self.truePositives = truePositives
        self.trueNegatives = trueNegatives
        self.falsePositives = exhaustive ? falsePositives : falsePositives - unknown
        self.falseNegatives = falseNegatives
        unpairedPredictions = counts.unpairedPredictionTypes[type, default: 0]
        unpairedGroundTruth = counts.unpairedGroundTruthTypes[type, default: 0]
    }

    /// F1 with weights (2, 2, 1, 1): `2(tp+tn) / (2(tp+tn) + 2fp + 2fn + fp_d + fn_d)`.
    ///
    /// - Returns: The quotient, `.notANumber` for 0/0 (numpy integers).
    public var f1: MetricResult<Double> {
        let correct = 2 * (truePositives + trueNegatives)
        return numpyQuotient(
            correct, correct + 2 * falsePositives + 2 * falseNegatives + unpairedPredictions + unpairedGroundTruth,
            "F1"
        )
    }

    /// CellViT's precision `(tp+tn) / (tp+tn + 2fp + fp_d)`.
    ///
    /// - Returns: The quotient, `.notANumber` for 0/0 (numpy integers).
    public var precision: MetricResult<Double> {
        let correct = truePositives + trueNegatives
        return numpyQuotient(correct, correct + 2 * falsePositives + unpairedPredictions, "precision")
    }

    /// CellViT's recall `(tp+tn) / (tp+tn + 2fn + fn_d)`.
    ///
    /// - Returns: The quotient, `.notANumber` for 0/0 (numpy integers).
    public var recall: MetricResult<Double> {
        let correct = truePositives + trueNegatives
        return numpyQuotient(correct, correct + 2 * falseNegatives + unpairedGroundTruth, "recall")
    }

    /// numpy's `int64 / int64`: one double division; 0/0 is NaN, x/0 is ±∞.
    private func numpyQuotient(_ numerator: Int, _ denominator: Int, _ name: String) -> MetricResult<Double> {
        if numerator == 0, denominator == 0 {
            return .failure(Undefined(.notANumber, "per-type \(name) is 0/0: no pair and no miss involves the type"))
        }
        return .success(Double(numerator) / Double(denominator))
    }
}
