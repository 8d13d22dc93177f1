/// The on-disk layouts nucbench reads, named by who ships them.
///
/// Raw values are the names the command line accepts (`--layout`) and the cards list.
public enum DatasetLayout: String, CaseIterable, Sendable {
    /// PanNuke as Warwick publishes it: `Fold N/images/foldN/{images,types}.npy` and
    /// `Fold N/masks/foldN/masks.npy` (datasets spec §1).
    case panNukePublished = "pannuke"
    /// PanNuke converted by PromptNucSeg's `extract_data.py`: `Images/{fold}_{k}.png` and
    /// `Masks/{fold}_{k}.npy`, pickled dicts of `inst_map` and `type_map` (promptnucseg
    /// spec §5.1).
    case panNukePromptNucSeg = "pannuke-promptnucseg"
    /// Kumar as HoVer-Net ships it: `train`, `test_same`, `test_diff`, each with
    /// `Images/*.tif` and `Labels/*.mat` holding `inst_map`.
    case kumarHoVerNet = "kumar-hovernet"
    /// Kumar as the MoNuSeg 2018 challenge ships it: `.tif` tiles and Aperio `.xml`
    /// polygons, rasterised as HoVer-Net's Kumar conversion does (datasets spec §2).
    case kumarMoNuSeg = "kumar-monuseg"
    /// Kumar as PromptNucSeg lays it out: `images/{train_ori16,test1,test2}/*` and
    /// `labels/{train_ori16_ins | train_ins_ori16, test1_ins, test2_ins}/*.npy`
    /// (promptnucseg spec §5.2).
    case kumarPromptNucSeg = "kumar-promptnucseg"
    /// CPM-17 as HoVer-Net ships it: `train` and `test`, each with `Images/*.png` and
    /// `Labels/*.mat` holding `inst_map` (datasets spec §3).
    case cpm17HoVerNet = "cpm17-hovernet"

    /// The dataset card describing the data: `pannuke`, `kumar` or `cpm17`.
    public var cardName: String {
        switch self {
        case .panNukePublished, .panNukePromptNucSeg: "pannuke"
        case .kumarHoVerNet, .kumarMoNuSeg, .kumarPromptNucSeg: "kumar"
        case .cpm17HoVerNet: "cpm17"
        }
    }

    /// The files the layout expects, in words, for error messages and `--help`.
    public var expectedStructure: String {
        switch self {
        case .panNukePublished:
            "Fold N/images/foldN/images.npy, Fold N/images/foldN/types.npy, Fold N/masks/foldN/masks.npy "
                + "(N = 1, 2, 3), or one such Fold N folder"
        case .panNukePromptNucSeg:
            "Images/{fold}_{k}.png with Masks/{fold}_{k}.npy (pickled inst_map/type_map dicts)"
        case .kumarHoVerNet:
            "{train,test_same,test_diff}/Images/<name>.tif with {train,test_same,test_diff}/Labels/<name>.mat"
        case .kumarMoNuSeg:
            "MoNuSeg 2018 Training Data/{Tissue Images/<name>.tif, Annotations/<name>.xml} and/or "
                + "MoNuSegTestData/<name>.{tif,xml}"
        case .kumarPromptNucSeg:
            "images/{train_ori16,test1,test2}/<name>.<png|tif> with "
                + "labels/{train_ori16_ins or train_ins_ori16,test1_ins,test2_ins}/<name>.npy"
        case .cpm17HoVerNet:
            "{train,test}/Images/<name>.png with {train,test}/Labels/<name>.mat"
        }
    }
}
