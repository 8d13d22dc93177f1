/// Which Aggregated Jaccard Index a `jaccard` row holds.
public enum JaccardVariant: String, Hashable, Comparable, Sendable, CaseIterable {
    /// MoNuSeg AJI (`AggregatedJaccardCounts.monuseg`).
    case aggregated = "aji"
    /// AJI+ (`AggregatedJaccardCounts.plus`).
    case plus = "aji_plus"

    /// Orders variants by their stored name.
    ///
    /// - Parameters:
    ///   - lhs: A variant.
    ///   - rhs: Another.
    /// - Returns: Whether `lhs` sorts first.
    public static func < (lhs: JaccardVariant, rhs: JaccardVariant) -> Bool { lhs.rawValue < rhs.rawValue }
}
