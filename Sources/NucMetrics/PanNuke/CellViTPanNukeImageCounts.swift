/// The PQ statistics of one PanNuke image as CellViT's evaluation computes them.
///
/// Reference: TIO-IKIM/CellViT at 05097e1, `inference_cellvit_experiment_pannuke.py`
/// (`calculate_step_metric`), `cell_segmentation/utils/metrics.py` (`get_fast_pq`,
/// `remap_label`, `binarize`) and `prepare_pannuke.py` (its ground truth); metrics spec
/// §9.4. Differences from `PanNukeImageCounts`:
/// * the ground truth is CellViT's prepared one: the channels merged like `binarize` and
///   remapped; class c is that map where class c's channel wins (type map × instances);
/// * bPQ compares that merged map with the binarised prediction (not remapped; CellViT's
///   `get_fast_pq` prepends a 0 id when the prediction has no background);
/// * class PQ calls `get_fast_pq(pred, gt)`: arguments swapped, so ΣIoU is summed in
///   prediction order; CellViT's `remap_label` accepts maps without a 0 pixel;
/// * DQ has +1e-6 in its denominator (see `binaryPQ`, `classPQ`).
///
/// Counts are stored with FP = unmatched predictions and FN = unmatched ground truth
/// whatever the argument order of the reference call. NaN (`.notANumber`) when the GT
/// (of the class) has a single distinct value; `.valueError` when `binarize` meets a
/// predicted channel without a 0 pixel; `.indexError` when the map passed as `true`
/// has no background and at least two instances, or a prediction id falls outside the
/// reference's id list. CellViT's background class (GT always empty, always NaN) is
/// left out; it does not change any nanmean.
public struct CellViTPanNukeImageCounts: Sendable, Equatable {
    /// Counts of the binary comparison.
    public let binary: MetricResult<PanopticCounts>
    /// Counts of each class, indexed by `PanNukeClass.rawValue` (CellViT class rawValue + 1).
    public let classes: [MetricResult<PanopticCounts>]

    /// The DQ epsilon of CellViT's `get_fast_pq`.
    public static let detectionEpsilon = 1.0e-6

    /// Restores an image's counts, as a results store keeps them.
    ///
    /// - Parameters:
    ///   - binary: Counts of the binary comparison.
    ///   - classes: Counts of each class, in `PanNukeClass` order.
    public init(binary: MetricResult<PanopticCounts>, classes: [MetricResult<PanopticCounts>]) {
        self.binary = binary
        self.classes = classes
    }

    /// Compares the masks of one image.
    ///
    /// - Parameters:
    ///   - gt: Ground-truth channels (PanNuke `masks.npy`, from which CellViT prepares its labels).
    ///   - pred: Predicted class channels (CellViT's `instance_types_nuclei` without its
    ///     background channel, as stored).
    /// - Throws: `InputError` when the masks differ in size or hold a fractional value
    ///   (CellViT's type map `int32((c + 1) · clip(v, 0, 1))` is only emulated for whole numbers).
    public init(gt: PanNukeMasks, pred: PanNukeMasks) throws {
        try gt.checkSameSize(as: pred)
        for (side, masks) in [("ground truth", gt), ("prediction", pred)] {
            if let channel = masks.channels.firstIndex(where: { !$0.isIntegral }) {
                throw InputError("CellViT PanNuke evaluation: \(side) channel \(channel) holds a fractional value")
            }
        }
        let canvas = LabelCanvas(pixelCount: gt.height * gt.width)
        let merged = Binarization(gt.channels, canvas: canvas)
        binary = Self.binaryCounts(gt: merged.merged.compacted, pred: pred.channels, canvas: canvas)
        classes = PanNukeClass.allCases.map { nucleusClass in
            Self.classCounts(
                gt: merged.survivors[nucleusClass.rawValue].compacted,
                pred: pred.channels[nucleusClass.rawValue].labels,
                of: nucleusClass,
                canvas: canvas
            )
        }
    }

    // MARK: - Per-comparison rules

    private static func binaryCounts(
        gt: SparseLabels, pred: [SparseChannel], canvas: borrowing LabelCanvas
    ) -> MetricResult<PanopticCounts> {
        guard gt.distinctValueCount > 1 else {
            return .failure(Undefined(.notANumber, "binary PQ of an image without GT nuclei"))
        }
        if let channel = pred.firstIndex(where: { !$0.hasBackground }) {
            return .failure(Undefined(.valueError, "binarize: prediction channel \(channel) has no 0 pixel"))
        }
        guard gt.hasBackground else {
            return .failure(
                Undefined(.indexError, "get_fast_pq: ground truth without background (\(gt.labelBound) nuclei)")
            )
        }
        return UnremappedPrediction.counts(
            gt: gt, pred: Binarization(pred, canvas: canvas).merged, prependsBackground: true, canvas: canvas
        )
    }

    private static func classCounts(
        gt: SparseLabels, pred: SparseLabels, of nucleusClass: PanNukeClass, canvas: borrowing LabelCanvas
    ) -> MetricResult<PanopticCounts> {
        guard gt.distinctValueCount > 1 else {
            return .failure(
                Undefined(.notANumber, "\(nucleusClass.name) PQ of an image without GT nuclei of that class"))
        }
        if !pred.hasBackground {
            // The prediction is get_fast_pq's `true`: its smallest id is taken for background.
            guard pred.labelBound == 1 else {
                return .failure(
                    Undefined(.indexError, "get_fast_pq: predicted \(nucleusClass.name) map has no background")
                )
            }
            return .success(
                PanopticCounts(truePositives: 0, falsePositives: 0, falseNegatives: gt.labelBound, iouSum: 0)
            )
        }
        let swapped = PanopticMatching(SparseLabels.overlapTable(gt: pred, pred: gt, canvas: canvas)).counts
        return .success(
            PanopticCounts(
                truePositives: swapped.truePositives,
                falsePositives: swapped.falseNegatives,
                falseNegatives: swapped.falsePositives,
                iouSum: swapped.iouSum
            )
        )
    }
}
