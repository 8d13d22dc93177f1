/// The 19 tissue types PanNuke-metrics reports, in the order of its `tissue_types` list.
///
/// Reference: PanNuke-metrics `run.py` at c00014d; metrics spec §9.1. Raw values are the
/// exact strings of `types.npy`. The fold score is an unweighted mean over these tissues
/// in this order (numpy's pairwise summation makes the order matter).
public enum PanNukeTissue: String, CaseIterable, Sendable, Hashable {
    /// "Adrenal_gland".
    case adrenalGland = "Adrenal_gland"
    /// "Bile-duct".
    case bileDuct = "Bile-duct"
    /// "Bladder".
    case bladder = "Bladder"
    /// "Breast".
    case breast = "Breast"
    /// "Cervix".
    case cervix = "Cervix"
    /// "Colon".
    case colon = "Colon"
    /// "Esophagus".
    case esophagus = "Esophagus"
    /// "HeadNeck".
    case headNeck = "HeadNeck"
    /// "Kidney".
    case kidney = "Kidney"
    /// "Liver".
    case liver = "Liver"
    /// "Lung".
    case lung = "Lung"
    /// "Ovarian".
    case ovarian = "Ovarian"
    /// "Pancreatic".
    case pancreatic = "Pancreatic"
    /// "Prostate".
    case prostate = "Prostate"
    /// "Skin".
    case skin = "Skin"
    /// "Stomach".
    case stomach = "Stomach"
    /// "Testis".
    case testis = "Testis"
    /// "Thyroid".
    case thyroid = "Thyroid"
    /// "Uterus".
    case uterus = "Uterus"

    /// Looks a tissue up by its exact `types.npy` name.
    ///
    /// - Parameter name: The name, case-sensitive.
    /// - Throws: `InputError` naming `name` when it is not one of the 19.
    public init(name: String) throws {
        guard let tissue = PanNukeTissue(rawValue: name) else {
            throw InputError("unknown PanNuke tissue name \"\(name)\"; expected one of the 19 official names")
        }
        self = tissue
    }

    /// The images of each tissue, in image order.
    ///
    /// - Parameter names: The tissue name of each image.
    /// - Returns: Image indices per tissue (empty for tissues without images).
    /// - Throws: `InputError` for a name outside the 19.
    static func imageIndices(of names: [String]) throws -> [PanNukeTissue: [Int]] {
        var indices = Dictionary(uniqueKeysWithValues: allCases.map { ($0, [Int]()) })
        for (image, name) in names.enumerated() {
            indices[try PanNukeTissue(name: name), default: []].append(image)
        }
        return indices
    }
}
