/// The result of HoVer-Net's `pair_coordinates`: matched point pairs and the unmatched points.
///
/// Port of hover_net `metrics/stats_utils.py` `pair_coordinates` (67e2ce5), which
/// CellViT copies (`cell_segmentation/utils/tools.py`, 05097e1): the minimum-total-distance
/// assignment over *all* points (scipy's solver, §7), after which pairs farther apart
/// than the radius are dropped. This is not a maximum matching under the radius
/// (metrics spec §8.2; hover_net#141).
public struct CoordinatePairing: Hashable, Sendable {
    /// Kept pairs, `row` = ground-truth index and `column` = prediction index, ascending ground truth.
    public let pairs: [AssignedPair]
    /// Ground-truth indices without a kept partner, ascending.
    public let unpairedGroundTruth: [Int]
    /// Prediction indices without a kept partner, ascending.
    public let unpairedPredictions: [Int]

    /// Creates a pairing from its parts.
    ///
    /// - Parameters:
    ///   - pairs: Pairs (ground truth in `row`, prediction in `column`), ascending ground truth.
    ///   - unpairedGroundTruth: Unmatched ground-truth indices, ascending.
    ///   - unpairedPredictions: Unmatched prediction indices, ascending.
    public init(pairs: [AssignedPair], unpairedGroundTruth: [Int], unpairedPredictions: [Int]) {
        self.pairs = pairs
        self.unpairedGroundTruth = unpairedGroundTruth
        self.unpairedPredictions = unpairedPredictions
    }

    /// Pairs ground-truth and predicted points as `pair_coordinates(A, B, radius)` does.
    ///
    /// The cost of a pair is `sqrt(dx·dx + dy·dy)` in double precision, exactly as scipy's
    /// `cdist(metric="euclidean")` computes it (`hypot` can differ in the last bit).
    /// A pair is kept when that distance is `≤ radius`.
    ///
    /// - Parameters:
    ///   - groundTruth: Ground-truth points, in the reference's order.
    ///   - predictions: Predicted points, in the reference's order.
    ///   - radius: Largest kept distance, inclusive; HoVer-Net hard-codes 12 px.
    /// - Returns: The pairing, or `.valueError` when a distance is NaN or no finite
    ///   assignment exists (non-finite coordinates; scipy raises `ValueError`).
    /// - Complexity: O(n · m · min(n, m)) for n ground-truth and m predicted points.
    public static func pairing(
        groundTruth: [Point], predictions: [Point], radius: Double = 12
    ) -> MetricResult<CoordinatePairing> {
        let rows = groundTruth.count
        let columns = predictions.count
        var distances = [Double](repeating: 0, count: rows * columns)
        for (row, truth) in groundTruth.enumerated() {
            for (column, prediction) in predictions.enumerated() {
                let dx = truth.x - prediction.x
                let dy = truth.y - prediction.y
                distances[row * columns + column] = (dx * dx + dy * dy).squareRoot()
            }
        }
        guard let assigned = LinearSumAssignment.solve(rows: rows, columns: columns, costs: distances) else {
            return .failure(Undefined(.valueError, "the centroid distance matrix is invalid or infeasible for scipy"))
        }
        let kept = assigned.filter { distances[$0.row * columns + $0.column] <= radius }
        var groundTruthPaired = [Bool](repeating: false, count: rows)
        var predictionPaired = [Bool](repeating: false, count: columns)
        for pair in kept {
            groundTruthPaired[pair.row] = true
            predictionPaired[pair.column] = true
        }
        return .success(
            CoordinatePairing(
                pairs: kept,
                unpairedGroundTruth: groundTruthPaired.indices.filter { !groundTruthPaired[$0] },
                unpairedPredictions: predictionPaired.indices.filter { !predictionPaired[$0] }
            )
        )
    }
}
