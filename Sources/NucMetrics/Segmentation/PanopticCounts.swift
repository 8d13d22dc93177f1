/// The sufficient statistics of panoptic quality for one image (and one class).
///
/// Every PQ-family number — per image, per class, per tissue, pooled over a data set —
/// is a pure function of these values. The integer counts merge with `+` in any order;
/// `iouSum` is a floating-point sum, so pooled protocols add images in a fixed order
/// (the image order of the data set), which keeps results identical at any thread count.
public struct PanopticCounts: Sendable, Equatable {
    /// Matched pairs.
    public var truePositives: Int
    /// Predicted instances without a match.
    public var falsePositives: Int
    /// Ground-truth instances without a match.
    public var falseNegatives: Int
    /// Sum of the matched IoUs, in the reference's order and summation (numpy pairwise).
    public var iouSum: Double

    /// Creates counts.
    ///
    /// - Parameters:
    ///   - truePositives: Matched pairs.
    ///   - falsePositives: Unmatched predictions.
    ///   - falseNegatives: Unmatched ground truth.
    ///   - iouSum: Sum of matched IoUs.
    public init(truePositives: Int, falsePositives: Int, falseNegatives: Int, iouSum: Double) {
        self.truePositives = truePositives
        self.falsePositives = falsePositives
        self.falseNegatives = falseNegatives
        self.iouSum = iouSum
    }

    /// No instances at all.
    public static let zero = PanopticCounts(truePositives: 0, falsePositives: 0, falseNegatives: 0, iouSum: 0)

    /// Adds counts and IoU sums (the IoU sum in the order `lhs`, then `rhs`).
    ///
    /// - Parameters:
    ///   - lhs: Earlier images.
    ///   - rhs: Later images.
    /// - Returns: The pooled counts.
    public static func + (lhs: PanopticCounts, rhs: PanopticCounts) -> PanopticCounts {
        PanopticCounts(
            truePositives: lhs.truePositives + rhs.truePositives,
            falsePositives: lhs.falsePositives + rhs.falsePositives,
            falseNegatives: lhs.falseNegatives + rhs.falseNegatives,
            iouSum: lhs.iouSum + rhs.iouSum
        )
    }

    /// Number of ground-truth instances.
    public var gtCount: Int { truePositives + falseNegatives }

    /// Number of predicted instances.
    public var predCount: Int { truePositives + falsePositives }

    /// DQ, SQ and PQ as HoVer-Net `get_fast_pq` computes them.
    ///
    /// DQ = TP / (TP + 0.5·FP + 0.5·FN [+ ε]), SQ = ΣIoU / (TP + 1e-6), PQ = DQ·SQ.
    /// CellViT and CoNIC add ε = 1e-6 to the DQ denominator; PanNuke-metrics and
    /// HoVer-Net do not.
    ///
    /// - Parameter detectionEpsilon: ε added to the DQ denominator after the sum.
    /// - Returns: The qualities, or `.zeroDivisionError` when both maps are empty and ε = 0.
    public func quality(detectionEpsilon: Double = 0) -> MetricResult<PanopticQuality> {
        let tp = Double(truePositives)
        let denominator = tp + 0.5 * Double(falsePositives) + 0.5 * Double(falseNegatives) + detectionEpsilon
        guard denominator != 0 else {
            return .failure(Undefined(.zeroDivisionError, "PQ of two maps without instances (0 / 0)"))
        }
        let detection = tp / denominator
        let segmentation = iouSum / (tp + 1.0e-6)
        return .success(PanopticQuality(detection: detection, segmentation: segmentation))
    }
}

/// Detection, segmentation and panoptic quality of one comparison.
public struct PanopticQuality: Sendable, Equatable {
    /// DQ: the F1-like detection term.
    public let detection: Double
    /// SQ: mean IoU of matched pairs (with the reference's 1e-6).
    public let segmentation: Double

    /// PQ = DQ × SQ, one multiplication.
    public var panoptic: Double { detection * segmentation }

    /// Creates a quality triple from its two factors.
    ///
    /// - Parameters:
    ///   - detection: DQ.
    ///   - segmentation: SQ.
    public init(detection: Double, segmentation: Double) {
        self.detection = detection
        self.segmentation = segmentation
    }
}
