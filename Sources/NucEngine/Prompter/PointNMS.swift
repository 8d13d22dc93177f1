/// Greedy, class-agnostic point non-maximum suppression.
///
/// ref: windygoo/PromptNucSeg@4afbf26 prompter/utils.py, `point_nms` (spec promptnucseg.md §3.7
/// step 5): visit points by descending score; a point not yet suppressed is kept and suppresses every
/// other point at Euclidean distance ≤ r. Distances are computed in float64 from the float32
/// coordinates, as `scipy.spatial.distance_matrix` does. Equal scores are visited in index order
/// (a stable sort); the reference's `np.argsort(-scores)` (quicksort) leaves the order of exact ties
/// unspecified, the one case where the results may differ.
enum PointNMS {
    /// The indices of the points kept, in ascending index order.
    ///
    /// - Parameters:
    ///   - points: The candidates.
    ///   - radius: r; a non-positive radius keeps everything.
    /// - Returns: Kept indices, ascending.
    /// - Complexity: O(n²).
    static func kept(_ points: [DetectedPrompt], radius: Double) -> [Int] {
        guard radius > 0 else { return Array(points.indices) }
        let order = points.indices.sorted { first, second in
            points[first].score != points[second].score ? points[first].score > points[second].score : first < second
        }
        var reserved = [Bool](repeating: true, count: points.count)
        for index in order where reserved[index] {
            let (x, y) = (Double(points[index].x), Double(points[index].y))
            for other in points.indices where other != index && reserved[other] {
                let dx = Double(points[other].x) - x
                let dy = Double(points[other].y) - y
                if (dx * dx + dy * dy).squareRoot() <= radius { reserved[other] = false }
            }
        }
        return points.indices.filter { reserved[$0] }
    }
}
