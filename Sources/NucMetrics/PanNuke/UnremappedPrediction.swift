/// `get_fast_pq` at IoU 0.5 on a binarised prediction that was never remapped.
///
/// Reference: PanNuke-metrics `utils.py` and CellViT `cell_segmentation/utils/metrics.py`
/// `get_fast_pq`; metrics spec §1 and §9.2. The reference lists the prediction's distinct
/// values, drops the first (assumed to be 0), and keeps the mask of the k-th listed value
/// at position k; it then looks masks up *by id*. When the ids are 1…m and 0 is present
/// this is the ordinary matching. Otherwise (an instance fully overwritten by a later
/// channel, or no background pixel) it reproduces the reference exactly: a touched id
/// beyond the list raises `IndexError`, and other ids are scored with the mask at their
/// position, which may belong to another instance.
enum UnremappedPrediction {
    /// Pairs a compacted ground truth with an unremapped prediction.
    ///
    /// - Parameters:
    ///   - gt: Ground truth, labels 1…n, all present, with background.
    ///   - pred: Prediction with its ids as the reference sees them.
    ///   - prependsBackground: CellViT's copy prepends 0 to the prediction's id list when
    ///     no pixel is 0; PanNuke-metrics' copy then drops the smallest id instead.
    ///   - canvas: An all-zero canvas of the maps' size; left all zeros.
    /// - Returns: TP, FP, FN and ΣIoU as the reference counts them, or `.indexError`.
    static func counts(
        gt: SparseLabels, pred: SparseLabels, prependsBackground: Bool, canvas: borrowing LabelCanvas
    ) -> MetricResult<PanopticCounts> {
        if pred.hasBackground, pred.isCompact {
            return .success(PanopticMatching(SparseLabels.overlapTable(gt: gt, pred: pred, canvas: canvas)).counts)
        }
        let present = pred.distinctLabels
        let table = SparseLabels.overlapTable(gt: gt, pred: pred.compacted, canvas: canvas)
        let dropsSmallest = !pred.hasBackground && !prependsBackground
        let listed = dropsSmallest ? Array(present.dropFirst()) : present
        var intersection: [Int: Int] = [:]
        for overlap in table.overlaps {
            intersection[overlap.gt * present.count + overlap.pred] = overlap.intersection
        }
        var ious: [Double] = []
        var pairedIds = Set<Int32>()
        for overlap in table.overlaps {
            let id = present[overlap.pred]
            guard Int(id) <= listed.count else {
                return .failure(
                    Undefined(
                        .indexError,
                        "prediction id \(id) touches a GT nucleus but only \(listed.count) ids are listed "
                            + "(binarised prediction not remapped)"
                    )
                )
            }
            let maskPosition = dropsSmallest ? Int(id) : Int(id) - 1
            let inter = intersection[overlap.gt * present.count + maskPosition] ?? 0
            let union = table.gtAreas[overlap.gt] + table.predAreas[maskPosition] - inter
            let iou = Double(inter) / Double(union)
            if iou > 0.5 {
                ious.append(iou)
                pairedIds.insert(id)
            }
        }
        return .success(
            PanopticCounts(
                truePositives: ious.count,
                falsePositives: listed.filter { !pairedIds.contains($0) }.count,
                falseNegatives: table.gtCount - ious.count,
                iouSum: NumpySummation.sum(ious)
            )
        )
    }
}
