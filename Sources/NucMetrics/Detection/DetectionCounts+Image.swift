/// The precision of the point coordinates when they enter the distance computation.
public enum CoordinatePrecision: Sendable, Hashable {
    /// Rounded to `Float` and widened back: HoVer-Net's `run_nuclei_type_stat` reads the
    /// `.mat` centroids with `astype("float32")`.
    case float32
    /// Used as given: CellViT.
    case float64
}

extension DetectionCounts {
    /// One image's counts, the way `run_nuclei_type_stat` builds them before pooling.
    ///
    /// An image without ground-truth points gets one dummy ground-truth point (0, 0) of
    /// type 0, and likewise for predictions; the dummies are matched and counted like
    /// real points (metrics spec §8.3). Coordinates are optionally rounded to `Float`,
    /// then paired with ``CoordinatePairing/pairing(groundTruth:predictions:radius:)``.
    ///
    /// - Parameters:
    ///   - groundTruth: Ground-truth centroids with their types, in file order.
    ///   - predictions: Predicted centroids with their types, in file order.
    ///   - radius: Largest matched distance, inclusive (HoVer-Net: 12 px; CellViT: 12 px at 40×, 6 px at 20×).
    ///   - precision: `.float32` for HoVer-Net, `.float64` for CellViT.
    /// - Returns: The image's counts, or `.valueError` for non-finite coordinates.
    public static func image(
        groundTruth: [TypedPoint], predictions: [TypedPoint], radius: Double = 12, precision: CoordinatePrecision
    ) -> MetricResult<DetectionCounts> {
        let dummy = TypedPoint(Point(x: 0, y: 0), type: 0)
        let truth = groundTruth.isEmpty ? [dummy] : groundTruth
        let predicted = predictions.isEmpty ? [dummy] : predictions
        return CoordinatePairing.pairing(
            groundTruth: truth.map { precision.rounded($0.point) },
            predictions: predicted.map { precision.rounded($0.point) },
            radius: radius
        ).map { pairing in
            DetectionCounts(
                pairing: pairing, groundTruthTypes: truth.map(\.type), predictionTypes: predicted.map(\.type))
        }
    }
}

extension CoordinatePrecision {
    /// The point as the reference sees it.
    fileprivate func rounded(_ point: Point) -> Point {
        switch self {
        case .float32: Point(x: Double(Float(point.x)), y: Double(Float(point.y)))
        case .float64: point
        }
    }
}
