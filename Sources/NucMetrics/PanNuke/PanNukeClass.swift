/// The five nucleus classes of PanNuke, in channel order.
///
/// Channel k of a PanNuke `masks.npy` holds the instances of class k; channel 5
/// (background) is never read (metrics spec §9.1). CellViT numbers the same classes 1…5.
public enum PanNukeClass: Int, CaseIterable, Sendable, Hashable {
    /// Channel 0: neoplastic cells.
    case neoplastic = 0
    /// Channel 1: inflammatory cells.
    case inflammatory = 1
    /// Channel 2: connective/soft-tissue cells.
    case connective = 2
    /// Channel 3: dead cells.
    case dead = 3
    /// Channel 4: non-neoplastic epithelial cells.
    case epithelial = 4

    /// The class name as the PanNuke papers print it.
    public var name: String {
        switch self {
        case .neoplastic: "Neoplastic"
        case .inflammatory: "Inflammatory"
        case .connective: "Connective"
        case .dead: "Dead"
        case .epithelial: "Non-Neoplastic Epithelial"
        }
    }
}
