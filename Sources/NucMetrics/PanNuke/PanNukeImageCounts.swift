/// The PQ statistics of one PanNuke image as PanNuke-metrics computes them.
///
/// Reference: TissueImageAnalytics/PanNuke-metrics `run.py` and `utils.py` at c00014d;
/// metrics spec §9.2. Per image:
/// * binary: `binarize` both masks (channels 0 → 4, running counter, later channels
///   overwrite; values compared as stored), then `get_fast_pq` at IoU > 0.5 *without*
///   remapping; NaN when the binarised GT has a single distinct value (no nucleus);
/// * class c: cast channel c to `int32`, remap prediction then GT, NaN when the GT has
///   no nucleus, else `get_fast_pq`.
///
/// Undefined kinds mirror the reference: `.notANumber` for its NaNs, `.valueError` for
/// a channel (binary) or class map (class) without a 0 pixel, `.indexError` for a
/// binarised map whose ids are not 1…n with background. The prediction side of the
/// binary PQ is emulated exactly (see `UnremappedPrediction`), including its silently
/// mixed-up masks.
public struct PanNukeImageCounts: Sendable, Equatable {
    /// Counts of the binary comparison.
    public let binary: MetricResult<PanopticCounts>
    /// Counts of each class, indexed by `PanNukeClass.rawValue`.
    public let classes: [MetricResult<PanopticCounts>]

    /// PanNuke-metrics uses HoVer-Net's `get_fast_pq`: no epsilon in DQ.
    public static let detectionEpsilon = 0.0

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
    ///   - gt: Ground-truth channels.
    ///   - pred: Predicted channels.
    /// - Throws: `InputError` when the two masks differ in size.
    /// - Complexity: O(labelled pixels + overlapping pairs) after the scans of `PanNukeMasks`.
    public init(gt: PanNukeMasks, pred: PanNukeMasks) throws {
        try gt.checkSameSize(as: pred)
        let canvas = LabelCanvas(pixelCount: gt.height * gt.width)
        binary = Self.binaryCounts(gt: gt.channels, pred: pred.channels, canvas: canvas)
        classes = PanNukeClass.allCases.map { nucleusClass in
            Self.classCounts(
                gt: gt.channels[nucleusClass.rawValue], pred: pred.channels[nucleusClass.rawValue],
                of: nucleusClass, canvas: canvas
            )
        }
    }

    /// Compares one image given as raw class channels (scanning both sides first).
    ///
    /// - Parameters:
    ///   - gt: The five ground-truth channels, row-major, in `PanNukeClass` order.
    ///   - pred: The five predicted channels, likewise.
    ///   - height: Rows.
    ///   - width: Columns.
    /// - Throws: `InputError` as `PanNukeMasks(height:width:channels:)` does.
    public init(gt: [[Double]], pred: [[Double]], height: Int, width: Int) throws {
        try self.init(
            gt: try PanNukeMasks(height: height, width: width, channels: gt),
            pred: try PanNukeMasks(height: height, width: width, channels: pred)
        )
    }

    // MARK: - Per-comparison rules

    private static func binaryCounts(
        gt: [SparseChannel], pred: [SparseChannel], canvas: borrowing LabelCanvas
    ) -> MetricResult<PanopticCounts> {
        for (side, channels) in [("prediction", pred), ("ground truth", gt)] {
            if let channel = channels.firstIndex(where: { !$0.hasBackground }) {
                return .failure(Undefined(.valueError, "binarize: \(side) channel \(channel) has no 0 pixel"))
            }
        }
        let gtMap = Binarization(gt, canvas: canvas).merged
        guard gtMap.distinctValueCount > 1 else {
            return .failure(Undefined(.notANumber, "binary PQ of an image without GT nuclei"))
        }
        guard gtMap.hasBackground, gtMap.isCompact else {
            return .failure(
                Undefined(.indexError, "binarised ground truth ids are not 1…n with background (not remapped)")
            )
        }
        return UnremappedPrediction.counts(
            gt: gtMap, pred: Binarization(pred, canvas: canvas).merged, prependsBackground: false, canvas: canvas
        )
    }

    private static func classCounts(
        gt: SparseChannel, pred: SparseChannel, of nucleusClass: PanNukeClass, canvas: borrowing LabelCanvas
    ) -> MetricResult<PanopticCounts> {
        let predMap = pred.truncatedLabels
        guard predMap.hasBackground else {
            return .failure(Undefined(.valueError, "remap_label: predicted \(nucleusClass.name) map has no 0 pixel"))
        }
        let gtMap = gt.truncatedLabels
        guard gtMap.hasBackground else {
            return .failure(Undefined(.valueError, "remap_label: ground-truth \(nucleusClass.name) map has no 0 pixel"))
        }
        guard !gtMap.pixels.isEmpty else {
            return .failure(
                Undefined(.notANumber, "\(nucleusClass.name) PQ of an image without GT nuclei of that class"))
        }
        return .success(PanopticMatching(SparseLabels.overlapTable(gt: gtMap, pred: predMap, canvas: canvas)).counts)
    }
}
