/// The sufficient statistics of the Aggregated Jaccard Index for one image.
///
/// AJI = intersection / union, both integer pixel sums, so images pool exactly with `+`.
public struct AggregatedJaccardCounts: Sendable, Equatable {
    /// Σ intersections of the chosen pairs.
    public var intersection: Int
    /// Σ unions of the chosen pairs plus the areas of everything left unpaired.
    public var union: Int

    /// Creates counts.
    ///
    /// - Parameters:
    ///   - intersection: Summed intersections.
    ///   - union: Summed unions.
    public init(intersection: Int, union: Int) {
        self.intersection = intersection
        self.union = union
    }

    /// No pixels.
    public static let zero = AggregatedJaccardCounts(intersection: 0, union: 0)

    /// Pools two images.
    ///
    /// - Parameters:
    ///   - lhs: One image.
    ///   - rhs: Another.
    /// - Returns: The summed counts.
    public static func + (lhs: AggregatedJaccardCounts, rhs: AggregatedJaccardCounts) -> AggregatedJaccardCounts {
        AggregatedJaccardCounts(intersection: lhs.intersection + rhs.intersection, union: lhs.union + rhs.union)
    }

    /// I / U, one double division.
    ///
    /// - Returns: The index, or `.notANumber` when the union is 0 (numpy 0.0 / 0.0).
    public func index() -> MetricResult<Double> {
        guard union != 0 else { return .failure(Undefined(.notANumber, "AJI of two maps without instances (0 / 0)")) }
        return .success(Double(intersection) / Double(union))
    }

    /// The MoNuSeg AJI statistics (HoVer-Net `get_fast_aji`).
    ///
    /// Reference: vqdang/hover_net `metrics/stats_utils.py` at 67e2ce5; metrics spec §4.
    /// Each GT instance takes the prediction with the highest `inter / (union + 1e-6)`
    /// (the first on ties); a prediction may be taken several times and is then counted
    /// in the union each time; unpaired GT and never-taken predictions add their areas.
    ///
    /// - Parameter table: Areas and overlaps.
    /// - Returns: The counts, or `.valueError` when the prediction has no instance
    ///   (the reference's `argmax` of an empty axis).
    public static func monuseg(_ table: OverlapTable) -> MetricResult<AggregatedJaccardCounts> {
        guard table.predCount > 0 else {
            return .failure(
                Undefined(.valueError, "AJI needs at least one predicted instance (argmax of an empty axis)"))
        }
        var counts = AggregatedJaccardCounts.zero
        var predTaken = [Bool](repeating: false, count: table.predCount)
        var gtPaired = [Bool](repeating: false, count: table.gtCount)
        var position = 0
        let overlaps = table.overlaps
        while position < overlaps.count {
            let gt = overlaps[position].gt
            var best = overlaps[position]
            var bestScore = pairingScore(best, in: table)
            position += 1
            while position < overlaps.count, overlaps[position].gt == gt {
                let score = pairingScore(overlaps[position], in: table)
                if score > bestScore {
                    best = overlaps[position]
                    bestScore = score
                }
                position += 1
            }
            guard bestScore > 0 else { continue }
            gtPaired[gt] = true
            predTaken[best.pred] = true
            counts.intersection += best.intersection
            counts.union += union(best, in: table)
        }
        counts.union += unpairedArea(table.gtAreas, paired: gtPaired) + unpairedArea(table.predAreas, paired: predTaken)
        return .success(counts)
    }

    /// The AJI+ statistics (HoVer-Net `get_fast_aji_plus`).
    ///
    /// Reference: vqdang/hover_net `metrics/stats_utils.py` at 67e2ce5; metrics spec §5.
    /// A one-to-one assignment maximising the total pairing score (scipy's solver and
    /// tie-breaking), restricted to pairs with a positive score.
    ///
    /// - Parameter table: Areas and overlaps.
    /// - Returns: The counts (always defined; the index is NaN when both maps are empty).
    public static func plus(_ table: OverlapTable) -> AggregatedJaccardCounts {
        let columns = table.predCount
        var negatedScores = [Double](repeating: -0.0, count: table.gtCount * columns)
        var intersections = [Int](repeating: 0, count: table.gtCount * columns)
        for overlap in table.overlaps {
            negatedScores[overlap.gt * columns + overlap.pred] = -pairingScore(overlap, in: table)
            intersections[overlap.gt * columns + overlap.pred] = overlap.intersection
        }
        let assigned = LinearSumAssignment.solve(rows: table.gtCount, columns: columns, costs: negatedScores) ?? []
        var counts = AggregatedJaccardCounts.zero
        var predTaken = [Bool](repeating: false, count: table.predCount)
        var gtPaired = [Bool](repeating: false, count: table.gtCount)
        for pair in assigned where negatedScores[pair.row * columns + pair.column] < 0 {
            let intersection = intersections[pair.row * columns + pair.column]
            gtPaired[pair.row] = true
            predTaken[pair.column] = true
            counts.intersection += intersection
            counts.union += table.gtAreas[pair.row] + table.predAreas[pair.column] - intersection
        }
        counts.union += unpairedArea(table.gtAreas, paired: gtPaired) + unpairedArea(table.predAreas, paired: predTaken)
        return counts
    }

    // MARK: - Pieces

    private static func union(_ overlap: OverlapTable.Overlap, in table: OverlapTable) -> Int {
        table.gtAreas[overlap.gt] + table.predAreas[overlap.pred] - overlap.intersection
    }

    /// `inter / (union + 1e-6)`: the epsilon favours the larger union among equal IoUs.
    private static func pairingScore(_ overlap: OverlapTable.Overlap, in table: OverlapTable) -> Double {
        Double(overlap.intersection) / (Double(union(overlap, in: table)) + 1.0e-6)
    }

    private static func unpairedArea(_ areas: [Int], paired: [Bool]) -> Int {
        var total = 0
        for (index, area) in areas.enumerated() where !paired[index] { total += area }
        return total
    }
}
