/// A PanNuke split as PromptNucSeg names it (train, validation, test folds), and its test fold.
///
/// The table is that of `Datasets/cards/pannuke.json` (protocols `pannuke123`, `pannuke213`,
/// `pannuke321`): 123 and 213 test on fold 3, 321 on fold 1.
public enum PanNukeSplit: String, CaseIterable, Sendable {
    /// Train fold 1, validate on fold 2, test on fold 3.
    case split123 = "123"
    /// Train fold 2, validate on fold 1, test on fold 3.
    case split213 = "213"
    /// Train fold 3, validate on fold 2, test on fold 1.
    case split321 = "321"

    /// The fold the split is tested on (1-based).
    public var testFold: Int {
        switch self {
        case .split123, .split213: return 3
        case .split321: return 1
        }
    }
}
