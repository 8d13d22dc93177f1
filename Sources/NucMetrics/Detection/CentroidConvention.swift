/// How a nucleus centroid is computed from its pixels' moments.
///
/// Both conventions are exact integer sums followed by one division (and one
/// addition); they can differ in the last bit (metrics spec §8.1, verified bit-exact
/// against `cv2.moments` on 10 772 values).
public enum CentroidConvention: Sendable, Hashable {
    /// Full-image moments, `Σx / n`: HoVer-Net `misc/utils.py` `get_inst_centroid`
    /// (hover_net 67e2ce5), which built the ground-truth `.mat` files.
    case fullImage
    /// Bounding-box-crop moments, `Σ(x − xmin) / n + xmin`: HoVer-Net
    /// `models/hovernet/post_proc.py` (predictions) and CellViT (ground truth and predictions).
    case boundingBox
}
