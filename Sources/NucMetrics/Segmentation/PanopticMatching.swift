/// The instance pairing behind panoptic quality (HoVer-Net `get_fast_pq`).
///
/// Reference: vqdang/hover_net `metrics/stats_utils.py` at 67e2ce5; metrics spec §3.
/// With a threshold of at least 0.5 a pair matches iff its IoU is strictly greater,
/// and such pairs are unique; below 0.5 a maximum-total-IoU assignment is solved
/// first (scipy's solver, including its tie-breaking) and assigned pairs above the
/// threshold are kept.
public struct PanopticMatching: Sendable, Equatable {
    /// A matched pair and its IoU.
    public struct Match: Sendable, Equatable {
        /// Ground-truth instance, 0-based.
        public let gt: Int
        /// Predicted instance, 0-based.
        public let pred: Int
        /// Intersection over union, one double division of the integer counts.
        public let iou: Double
    }

    /// Matches in the order the reference finds them (ascending GT).
    public let matches: [Match]
    /// Number of ground-truth instances.
    public let gtCount: Int
    /// Number of predicted instances.
    public let predCount: Int

    /// Pairs the instances of an overlap table.
    ///
    /// - Parameters:
    ///   - table: Areas and overlaps of the two maps.
    ///   - threshold: IoU a pair must exceed (strictly); 0.5 by default.
    public init(_ table: OverlapTable, threshold: Double = 0.5) {
        gtCount = table.gtCount
        predCount = table.predCount
        if threshold >= 0.5 {
            matches = table.overlaps.compactMap { overlap in
                let iou = Self.iou(overlap, in: table)
                return iou > threshold ? Match(gt: overlap.gt, pred: overlap.pred, iou: iou) : nil
            }
        } else {
            matches = Self.assignedMatches(table, threshold: threshold)
        }
    }

    /// Counts and IoU sum of this matching.
    public var counts: PanopticCounts {
        PanopticCounts(
            truePositives: matches.count,
            falsePositives: predCount - matches.count,
            falseNegatives: gtCount - matches.count,
            iouSum: NumpySummation.sum(matches.map(\.iou))
        )
    }

    // MARK: - Pairing rules

    private static func iou(_ overlap: OverlapTable.Overlap, in table: OverlapTable) -> Double {
        let union = table.gtAreas[overlap.gt] + table.predAreas[overlap.pred] - overlap.intersection
        return Double(overlap.intersection) / Double(union)
    }

    private static func assignedMatches(_ table: OverlapTable, threshold: Double) -> [Match] {
        let rows = table.gtCount
        let columns = table.predCount
        var ious = [Double](repeating: 0, count: rows * columns)
        for overlap in table.overlaps {
            ious[overlap.gt * columns + overlap.pred] = iou(overlap, in: table)
        }
        let assigned =
            LinearSumAssignment.solve(
                rows: rows, columns: columns, costs: ious.map { -$0 }
            ) ?? []
        return assigned.compactMap { pair in
            let iou = ious[pair.row * columns + pair.column]
            return iou > threshold ? Match(gt: pair.row, pred: pair.column, iou: iou) : nil
        }
    }
}
