/// An image chosen for an overlay: its rank, stored statistics and PQ.
public struct RankedImage: Sendable, Equatable {
    /// Rank, 1 for the worst.
    public let rank: Int
    /// The image's stored statistics.
    public let statistics: ImageStatistics
    /// The counts the PQ was computed from.
    public let counts: PanopticCounts
    /// The image's PQ.
    public let panopticQuality: Double
}

/// Picks the images with the lowest per-image PQ of an evaluation run.
///
/// Ranking: ascending PQ of the scope's stored counts (with the protocol's DQ epsilon),
/// ties by ascending image index. Images whose PQ is undefined are not ranked: under the
/// PanNuke protocols these are the images without a GT nucleus (NaN, skipped by every mean),
/// so their false positives never appear here.
public enum WorstImages {
    /// The `count` worst images.
    ///
    /// - Parameters:
    ///   - images: A run's images, any order.
    ///   - count: How many to return at most.
    ///   - scope: The class scope whose PQ ranks the images; `.all` (binary PQ) by default.
    ///   - detectionEpsilon: The protocol's DQ epsilon (0 for PanNuke-metrics, 1e-6 for CellViT).
    /// - Returns: Up to `count` images, worst first, ranks 1…
    /// - Complexity: O(n log n) for n images.
    public static func select(
        _ images: [ImageStatistics], count: Int, scope: ClassScope = .all, detectionEpsilon: Double = 0
    ) -> [RankedImage] {
        let scored = images.compactMap { image -> (ImageStatistics, PanopticCounts, Double)? in
            guard let counts = image.panoptic[scope]?.value,
                let quality = counts.quality(detectionEpsilon: detectionEpsilon).value
            else { return nil }
            return (image, counts, quality.panoptic)
        }
        let ordered = scored.sorted { ($0.2, $0.0.index) < ($1.2, $1.0.index) }
        return ordered.prefix(max(0, count)).enumerated().map { offset, entry in
            RankedImage(rank: offset + 1, statistics: entry.0, counts: entry.1, panopticQuality: entry.2)
        }
    }
}
