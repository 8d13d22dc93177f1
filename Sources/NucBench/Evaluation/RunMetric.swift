/// A per-image or headline score a protocol reports.
public enum RunMetric: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// MoNuSeg AJI (`get_fast_aji`).
    case aji
    /// AJI+ (`get_fast_aji_plus`).
    case ajiPlus
    /// Binary PQ of the instance maps (`get_fast_pq`, IoU > 0.5), Kumar and CPM-17.
    case pq
    /// DQ of the binary comparison.
    case dq
    /// SQ of the binary comparison.
    case sq
    /// PanNuke bPQ: binary PQ of the binarised class channels.
    case binaryPQ
    /// PanNuke mPQ: per image the nanmean of the class PQs; as a headline the protocol's average.
    case multiClassPQ
    /// PQ of one class (PanNuke: `PanNukeClass.rawValue`; otherwise the class map's value).
    case classPQ(Int)

    /// The label printed in tables: `AJI`, `AJI+`, `PQ`, `DQ`, `SQ`, `bPQ`, `mPQ`, `PQ[c]`.
    public var description: String {
        switch self {
        case .aji: return "AJI"
        case .ajiPlus: return "AJI+"
        case .pq: return "PQ"
        case .dq: return "DQ"
        case .sq: return "SQ"
        case .binaryPQ: return "bPQ"
        case .multiClassPQ: return "mPQ"
        case .classPQ(let type): return "PQ[\(type)]"
        }
    }
}
