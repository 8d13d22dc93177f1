/// A named evaluation protocol: which reference's per-image rules and aggregation the
/// headline numbers reproduce.
///
/// Every protocol is a pure function of the stored per-image statistics (`RunScores`).
public enum EvaluationProtocol: String, CaseIterable, Sendable, Hashable {
    /// PanNuke-metrics `run.py`: image → tissue → mean over tissues (mPQ, bPQ).
    case pannuke
    /// CellViT's PanNuke evaluation: DQ with +1e-6, image means.
    case cellvit
    /// CoNIC `compute_stats.py --mode=seg_class`: PQ with +1e-6, counts pooled per class (mPQ+).
    case conic
    /// HoVer-Net `compute_stats.py`: plain per-image means of AJI, DQ, SQ, PQ, AJI+ (instance
    /// mode) and pooled centroid matching (type mode).
    case hovernet
    /// PromptNucSeg `segmentor/main.py evaluate`: nanmean over images of per-image AJI and PQ
    /// (Kumar, CPM-17), and the prompter's pooled greedy point matching.
    case promptnucseg

    /// The reference and revision whose numbers the protocol reproduces.
    public var revision: String {
        switch self {
        case .pannuke: return "TissueImageAnalytics/PanNuke-metrics run.py c00014d"
        case .cellvit: return "TIO-IKIM/CellViT 05097e1"
        case .conic: return "TissueImageAnalytics/CoNIC compute_stats.py c1c4964 --mode=seg_class"
        case .hovernet: return "vqdang/hover_net compute_stats.py 67e2ce5"
        case .promptnucseg: return "windygoo/PromptNucSeg 4afbf26"
        }
    }

    /// How the headline averages the images, in words.
    public var aggregation: String {
        switch self {
        case .pannuke: return "nanmean over tissues of image means"
        case .cellvit: return "nanmean over images"
        case .conic: return "counts pooled over images, then mean over classes"
        case .hovernet: return "mean over images (no NaN handling)"
        case .promptnucseg: return "nanmean over images"
        }
    }

    /// What happens to an image whose score is undefined, in words.
    public var emptyImagePolicy: String {
        switch self {
        case .pannuke, .cellvit:
            return "images (classes) without GT nuclei skipped (NaN)"
        case .conic:
            return "pooled counts; an image without nuclei adds nothing"
        case .hovernet:
            return "none: an undefined image makes the mean undefined (the reference raises)"
        case .promptnucseg:
            return "images without GT nuclei skipped (NaN); an image the reference raises on makes the mean undefined"
        }
    }

    /// The ε the protocol adds to the DQ denominator (CellViT and CoNIC: 1e-6).
    public var detectionEpsilon: Double {
        switch self {
        case .cellvit, .conic: return 1e-6
        case .pannuke, .hovernet, .promptnucseg: return 0
        }
    }

    /// Whether per-image means skip NaN (`np.nanmean`) rather than propagate it (`np.mean`).
    var skipsNaN: Bool { self != .hovernet }

    /// Whether an image without GT nuclei has a NaN PQ (PanNuke-metrics, CellViT, PromptNucSeg)
    /// rather than the value `get_fast_pq` returns (HoVer-Net, CoNIC).
    var emptyTruthPQIsNaN: Bool {
        switch self {
        case .pannuke, .cellvit, .promptnucseg: return true
        case .conic, .hovernet: return false
        }
    }
}
