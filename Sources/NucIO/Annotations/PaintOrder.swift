/// The order in which overlapping nucleus polygons are painted: later ones end on top.
///
/// Polygon-to-label-map conventions differ between references (evaluation spec §1, "GT
/// construction from polygons"); this names them.
public enum PaintOrder: Sendable, Equatable, CaseIterable {
    /// HoVer-Net's Kumar conversion, exactly (vqdang/hover_net `misc/proc_kumar_ann.py` at
    /// 4bf000f): regions are painted in ascending order of `np.sum(mask)` of their own uint8
    /// mask drawn with colour `idx + 1` (saturated at 255), i.e. filled pixel count ×
    /// min(region number, 255), ties in file order (Python's stable `sorted`). The script's
    /// comment calls this "larger on top"; the weight means that among regions of similar
    /// size the later one in the file ends on top.
    case hoverNetKumar
    /// Ascending filled pixel count, ties in file order: larger nuclei are painted last and
    /// end on top, smaller ones are hidden where they overlap.
    case largerOnTop
    /// File order: each region overwrites the ones before it (CellViT's conversion).
    case fileOrder
}
