/// A protocol the "why is my mPQ not the paper's" table puts side by side.
public enum ComparedProtocol: String, CaseIterable, Sendable {
    /// TissueImageAnalytics/PanNuke-metrics `run.py` at c00014d (what PromptNucSeg reports).
    case pannuke
    /// TIO-IKIM/CellViT at 05097e1.
    case cellvit
    /// TissueImageAnalytics/CoNIC `compute_stats.py --mode=seg_class` at c1c4964 (mPQ+).
    case conic
    /// vqdang/hover_net `compute_stats.py` (`run_nuclei_inst_stat`) at 67e2ce5: binary only.
    case hovernet
    /// One binary PQ from counts pooled over the fold: binary only.
    case pooled

    /// The reference and revision, or the rule, in a few words.
    public var reference: String {
        switch self {
        case .pannuke: return "PanNuke-metrics run.py c00014d"
        case .cellvit: return "CellViT 05097e1"
        case .conic: return "CoNIC compute_stats.py c1c4964"
        case .hovernet: return "HoVer-Net compute_stats.py 67e2ce5"
        case .pooled: return "pooled counts"
        }
    }

    /// One line on how the protocol aggregates, and so why its numbers differ from the others.
    public var whyItDiffers: String {
        switch self {
        case .pannuke:
            return "image mPQ = nanmean of the class PQs; fold value = nanmean over tissues of each tissue's "
                + "image mean, so a small tissue weighs as much as a large one; images (classes) without GT "
                + "nuclei are NaN and skipped, so their false positives cost nothing; no epsilon in DQ."
        case .cellvit:
            return "the same per-image values with +1e-6 in the DQ denominator (and the class PQ called with "
                + "prediction and GT swapped), but the fold value is the nanmean over images, without the "
                + "tissue step."
        case .conic:
            return "mPQ+: TP, FP, FN and ΣIoU of each class summed over all images of the fold, one PQ per "
                + "class (+1e-6 in DQ), mean over PanNuke's five classes (CoNIC's six-class mean would add a 0 "
                + "for its unused sixth class); false positives in images or classes without GT count; bPQ = "
                + "plain mean over images of the binary PQ, where an image empty on both sides scores 0."
        case .hovernet:
            return "binary only: plain mean over images of the binary PQ of the merged, remapped maps, no "
                + "epsilon; an image without GT but with predictions scores 0; an image empty on both sides "
                + "would divide 0 by 0 in get_fast_pq and is left out here."
        case .pooled:
            return "binary only: TP, FP, FN and ΣIoU summed over all images of the fold, then one PQ (no "
                + "epsilon); every nucleus weighs the same, so crowded images dominate."
        }
    }
}

/// A protocol's mPQ and bPQ for one fold, or their mean over folds.
public struct ProtocolScores: Sendable, Equatable {
    /// mPQ (mPQ+ for CoNIC); nil when the protocol has no multi-class score.
    public let multiClassPQ: MetricResult<Double>?
    /// bPQ.
    public let binaryPQ: MetricResult<Double>

    /// Creates scores.
    ///
    /// - Parameters:
    ///   - multiClassPQ: mPQ, or nil when the protocol has none.
    ///   - binaryPQ: bPQ.
    public init(multiClassPQ: MetricResult<Double>?, binaryPQ: MetricResult<Double>) {
        self.multiClassPQ = multiClassPQ
        self.binaryPQ = binaryPQ
    }
}
