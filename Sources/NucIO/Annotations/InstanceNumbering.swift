/// How the instances of a rasterised annotation are numbered.
public enum InstanceNumbering: Sendable, Equatable, CaseIterable {
    /// By region number in the file: `InstanceMap.ids` are the 1-based region numbers, so
    /// instance k is the k-th visible region in the file.
    case regionOrder
    /// By paint position, as HoVer-Net's `ann[inst_map > 0] = idx + 1` over the sorted
    /// list numbers them: instance k is the k-th visible region painted.
    case paintOrder
}
