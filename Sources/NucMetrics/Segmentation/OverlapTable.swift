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
        try self.init(gt: gt, pred: pred, denseLimit: Self.denseLimit)
    }

    /// Counts with a chosen limit between the dense and sparse histograms (a test hook).
    ///
    /// - Parameters:
    ///   - gt: Ground truth.
    ///   - pred: Prediction.
    ///   - denseLimit: Largest (n + 1)·(m + 1) counted densely.
    /// - Throws: `InputError` when the maps differ in size.
    package init(gt: InstanceMap, pred: InstanceMap, denseLimit: Int) throws {
        guard gt.height == pred.height, gt.width == pred.width else {
            throw InputError(
                "ground truth is \(gt.height)×\(gt.width) but prediction is \(pred.height)×\(pred.width)"
            )
        }
        let rows = gt.count + 1
        let columns = pred.count + 1
        let (cells, overflow) = rows.multipliedReportingOverflow(by: columns)
        if !overflow, cells <= denseLimit {
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
                    countForeground(gt: gtLabels, pred: predLabels, columns: columns, into: cells)
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

    /// Adds every pixel with a nucleus on either side to `cells[gt · columns + pred]`.
    ///
    /// Blocks of 16 background pixels are skipped with one vector test, and runs of equal
    /// label pairs are added at once: consecutive increments of one cell would otherwise
    /// wait on each other. The background cell (0, 0) is not counted.
    private static func countForeground(
        gt: UnsafeBufferPointer<Int32>, pred: UnsafeBufferPointer<Int32>, columns: Int,
        into cells: UnsafeMutableBufferPointer<Int32>
    ) {
        guard let gtBase = gt.baseAddress, let predBase = pred.baseAddress else { return }
        let blockSize = 16
        var runCell = 0
        var runLength: Int32 = 0
        var pixel = 0
        while pixel < gt.count {
            let blockEnd = min(pixel + blockSize, gt.count)
            if blockEnd - pixel == blockSize {
                let gtBlock = UnsafeRawPointer(gtBase + pixel).loadUnaligned(as: SIMD16<Int32>.self)
                let predBlock = UnsafeRawPointer(predBase + pixel).loadUnaligned(as: SIMD16<Int32>.self)
                if gtBlock | predBlock == SIMD16<Int32>() {
                    pixel = blockEnd
                    continue
                }
            }
            while pixel < blockEnd {
                let cell = Int(gt[pixel]) &* columns &+ Int(pred[pixel])
                if cell == runCell {
                    runLength &+= 1
                } else {
                    cells[runCell] &+= runLength
                    runCell = cell
                    runLength = 1
                }
                pixel += 1
            }
        }
        cells[runCell] &+= runLength
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
