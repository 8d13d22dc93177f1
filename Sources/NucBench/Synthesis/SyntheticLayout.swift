/// The dataset layouts `nucbench datasets synth` writes.
public enum SyntheticLayout: String, CaseIterable, Sendable {
    /// PanNuke as published: three `Fold N` folders of `.npy` arrays.
    case pannuke
    /// Kumar twice: HoVer-Net's `.tif` + `.mat` folders and MoNuSeg's `.tif` + `.xml` folders.
    case kumar
    /// CPM-17 as HoVer-Net ships it: `.png` + `.mat`.
    case cpm17

    /// The image side used when none is given: the published datasets' sizes.
    ///
    /// - Parameter index: The image's position in its split (CPM-17 alternates 500 and 600).
    /// - Returns: The side, in pixels.
    func defaultSide(index: Int) -> Int {
        switch self {
        case .pannuke: 256
        case .kumar: 1000
        case .cpm17: index % 2 == 0 ? 500 : 600
        }
    }
}
