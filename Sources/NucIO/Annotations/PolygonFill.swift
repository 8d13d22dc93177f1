/// Which OpenCV revision's polygon fill to reproduce.
///
/// OpenCV's `fillPoly` / `drawContours(…, thickness=-1)` changed twice (opencv/opencv#23076
/// in 4.7, #26187 in 4.11). For polygons inside the image, 3.x–4.6 and ≥ 4.11 agree; they
/// differ at isolated pixels of polygons with a vertex outside the image, which MoNuSeg has
/// wherever a nucleus touches the border. OpenCV 4.7–4.10, which fills up to a pixel beyond
/// the outline (opencv/opencv#26130), is not reproduced.
public enum PolygonFill: Sendable, Equatable, CaseIterable {
    /// OpenCV 3.x to 4.6: fill edges run between the unclipped vertices. HoVer-Net's
    /// requirements pin OpenCV 3.2, so this reproduces its Kumar ground truth.
    case openCV3
    /// OpenCV 4.11 and later: where an edge leaves the image, its fill edge starts at the
    /// endpoints of the outline clipped to the image.
    case openCV4
}
