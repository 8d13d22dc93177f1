/// Pixel overlaps between the instances of a ground-truth map and a prediction map.
///
/// This is the only pass over pixels that the segmentation metrics need: areas of every
/// instance and the intersection of every overlapping (GT, prediction) pair. Instances
/// are numbered from 0 in ascending order of their original id (index k − 1 of
/// `InstanceMap` index k), which is the order the references use after `remap_label`.
public struct OverlapTable: Sendable, Equatable {
    /// One overlapping pair of instances.
    public struct Overlap: Sendable, Equatable {
        /// Ground-truth instance, 0-based.
        public let gt: Int
        /// Predicted instance, 0-based.
        public let pred: Int
        /// Pixels in both.
        public let intersection: Int

        /// Creates an overlap record.
        ///
        /// - Parameters:
        ///   - gt: Ground-truth instance, 0-based.
        ///   - pred: Predicted instance, 0-based.
        ///   - intersection: Pixels in both.
        public init(gt: Int, pred: Int, intersection: Int) {
            self.gt = gt
            self.pred = pred
            self.intersection = intersection
        }
    }

    /// Pixel count of each ground-truth instance.
    public let gtAreas: [Int]
    /// Pixel count of each predicted instance.
    public let predAreas: [Int]
    /// Every pair with a non-empty intersection, ordered by GT then prediction.
    public let overlaps: [Overlap]

    /// Number of ground-truth instances.
    public var gtCount: Int { gtAreas.count }
    /// Number of predicted instances.
    public var predCount: Int { predAreas.count }

    /// Creates a table from explicit areas and overlaps (for tests and derived maps).
    ///
    /// - Parameters:
    ///   - gtAreas: Area of each GT instance.
    ///   - predAreas: Area of each predicted instance.
    ///   - overlaps: Overlapping pairs ordered by GT then prediction.
    public init(gtAreas: [Int], predAreas: [Int], overlaps: [Overlap]) {
        self.gtAreas = gtAreas
        self.predAreas = predAreas
        self.overlaps = overlaps
    }

    /// Counts areas and overlaps of two maps of the same size.
    ///
    /// - Parameters:
    ///   - gt: Ground truth.
    ///   - pred: Prediction.
    /// - Throws: `InputError` when the maps differ in size.
    /// - Complexity: O(pixels + n·m) with a dense joint histogram when n·m is moderate,
    ///   O(pixels · log) with a sorted sparse histogram otherwise.
    public init(gt: InstanceMap, pred: InstanceMap) throws {
        guard gt.height == pred.height, gt.width == pred.width else {
            throw InputError(
                "ground truth is \(gt.height)×\(gt.width) but prediction is \(pred.height)×\(pred.width)"
            )
        }
        let rows = gt.count + 1
        let columns = pred.count + 1
        let (cells, overflow) = rows.multipliedReportingOverflow(by: columns)
        if !overflow, cells <= Self.denseLimit {
            self = Self.countDense(gt: gt.indices, pred: pred.indices, rows: rows, columns: columns)
        } else {
            self = Self.countSparse(gt: gt.indices, pred: pred.indices, rows: rows, columns: columns)
        }
    }

    /// Largest joint histogram (in cells) counted densely.
    private static let denseLimit = 1 << 22

    // MARK: - Counting

    private static func countDense(gt: [Int32], pred: [Int32], rows: Int, columns: Int) -> OverlapTable {
        var joint = [Int32](repeating: 0, count: rows * columns)
        joint.withUnsafeMutableBufferPointer { cells in
            gt.withUnsafeBufferPointer { gtLabels in
                pred.withUnsafeBufferPointer { predLabels in
                    for pixel in 0..<gtLabels.count {
                        cells[Int(gtLabels[pixel]) &* columns &+ Int(predLabels[pixel])] &+= 1
                    }
                }
            }
        }
        var gtAreas = [Int](repeating: 0, count: rows - 1)
        var predAreas = [Int](repeating: 0, count: columns - 1)
        var overlaps: [Overlap] = []
        joint.withUnsafeBufferPointer { cells in
            for row in 0..<rows {
                let base = row * columns
                for column in 0..<columns {
                    let count = Int(cells[base + column])
                    guard count != 0 else { continue }
                    if row > 0 { gtAreas[row - 1] += count }
                    if column > 0 { predAreas[column - 1] += count }
                    if row > 0, column > 0 {
                        overlaps.append(Overlap(gt: row - 1, pred: column - 1, intersection: count))
                    }
                }
            }
        }
        return OverlapTable(gtAreas: gtAreas, predAreas: predAreas, overlaps: overlaps)
    }

    private static func countSparse(gt: [Int32], pred: [Int32], rows: Int, columns: Int) -> OverlapTable {
        var gtAreas = [Int](repeating: 0, count: rows - 1)
        var predAreas = [Int](repeating: 0, count: columns - 1)
        var pairCounts: [Int: Int] = [:]
        for pixel in 0..<gt.count {
            let gtLabel = Int(gt[pixel])
            let predLabel = Int(pred[pixel])
            if gtLabel > 0 { gtAreas[gtLabel - 1] += 1 }
            if predLabel > 0 { predAreas[predLabel - 1] += 1 }
            if gtLabel > 0, predLabel > 0 { pairCounts[gtLabel * columns + predLabel, default: 0] += 1 }
        }
        let overlaps = pairCounts.keys.sorted().map { key in
            Overlap(gt: key / columns - 1, pred: key % columns - 1, intersection: pairCounts[key] ?? 0)
        }
        return OverlapTable(gtAreas: gtAreas, predAreas: predAreas, overlaps: overlaps)
    }
}
