/// A label map stored as its labelled pixels only.
///
/// Labels are positive; 0 (background) is every pixel not listed, and each pixel is
/// listed at most once, in any order. The PanNuke and CoNIC protocols build all their
/// maps in this form, so that an image costs time in proportion to its nuclei rather
/// than to its 65 536 pixels.
struct SparseLabels: Sendable, Equatable {
    /// Row-major positions of the labelled pixels.
    let pixels: [Int32]
    /// Label of each pixel (≥ 1), parallel to `pixels`.
    let labels: [Int32]
    /// An upper bound of the labels: every label lies in 1…`labelBound`.
    let labelBound: Int
    /// Pixels in the whole map.
    let pixelCount: Int

    /// Whether some pixel is 0.
    var hasBackground: Bool { pixels.count < pixelCount }

    /// The labels that occur, ascending.
    var distinctLabels: [Int32] {
        var present = [Bool](repeating: false, count: labelBound + 1)
        for label in labels { present[Int(label)] = true }
        return (1..<(labelBound + 1)).compactMap { present[$0] ? Int32($0) : nil }
    }

    /// Whether the labels are exactly 1…`labelBound`.
    var isCompact: Bool { distinctLabels.count == labelBound }

    /// `len(np.unique(map))`: the distinct labels, plus one for background if present.
    var distinctValueCount: Int { distinctLabels.count + (hasBackground ? 1 : 0) }

    /// The map renumbered 1…n in ascending label order (`remap_label`).
    var compacted: SparseLabels {
        var newLabel = [Int32](repeating: 0, count: labelBound + 1)
        for label in labels { newLabel[Int(label)] = 1 }
        var next: Int32 = 0
        for label in 1..<(labelBound + 1) where newLabel[label] != 0 {
            next += 1
            newLabel[label] = next
        }
        if Int(next) == labelBound { return self }
        return SparseLabels(
            pixels: pixels, labels: labels.map { newLabel[Int($0)] }, labelBound: Int(next), pixelCount: pixelCount
        )
    }

    /// Pixel count of each label 1…`labelBound` (index k − 1 for label k).
    var areas: [Int] {
        var areas = [Int](repeating: 0, count: labelBound)
        for label in labels { areas[Int(label) - 1] += 1 }
        return areas
    }

    /// The overlap table of two compacted maps of the same size.
    ///
    /// The prediction is painted on `canvas`, and each GT pixel looks up the prediction
    /// under it.
    ///
    /// - Parameters:
    ///   - gt: Ground truth, labels 1…n, all present.
    ///   - pred: Prediction, labels 1…m, all present.
    ///   - canvas: An all-zero canvas of the maps' size; left all zeros.
    /// - Returns: Areas and overlaps ordered by GT then prediction.
    static func overlapTable(gt: SparseLabels, pred: SparseLabels, canvas: borrowing LabelCanvas) -> OverlapTable {
        let columns = pred.labelBound
        canvas.paint(pred.pixels, pred.labels)
        let predUnderGT = canvas.labels(at: gt.pixels)
        canvas.erase(pred.pixels)
        let overlaps: [OverlapTable.Overlap]
        if gt.labelBound * columns <= denseLimit {
            var joint = [Int32](repeating: 0, count: gt.labelBound * columns)
            for (gtLabel, predLabel) in zip(gt.labels, predUnderGT) where predLabel != 0 {
                joint[Int(gtLabel - 1) * columns + Int(predLabel - 1)] += 1
            }
            overlaps = joint.indices.compactMap { cell in
                joint[cell] == 0
                    ? nil
                    : OverlapTable.Overlap(gt: cell / columns, pred: cell % columns, intersection: Int(joint[cell]))
            }
        } else {
            var joint: [Int: Int] = [:]
            for (gtLabel, predLabel) in zip(gt.labels, predUnderGT) where predLabel != 0 {
                joint[Int(gtLabel - 1) * columns + Int(predLabel - 1), default: 0] += 1
            }
            overlaps = joint.keys.sorted().map { cell in
                OverlapTable.Overlap(gt: cell / columns, pred: cell % columns, intersection: joint[cell, default: 0])
            }
        }
        return OverlapTable(gtAreas: gt.areas, predAreas: pred.areas, overlaps: overlaps)
    }

    /// Largest joint histogram (in cells) counted densely.
    private static let denseLimit = 1 << 16
}
