/// The scores PanNuke-metrics prints for one fold.
///
/// Reference: TissueImageAnalytics/PanNuke-metrics `run.py` at c00014d; metrics spec
/// §9.3. A pure function of the per-image counts in image order and the tissue names:
/// * per tissue: nanmean of the image mPQs (bPQs) of the tissue's images;
/// * fold mPQ (bPQ): nanmean over the 19 tissue values in `PanNukeTissue` order, an
///   unweighted mean of tissue means that skips absent tissues;
/// * per class: nanmean over *all* images of the class PQ.
///
/// Empty-input rule: images without GT nuclei (of a class) are NaN and skipped by every
/// nanmean; a tissue or class without any defined value is NaN (`.notANumber`).
public struct PanNukeFoldScores: Sendable, Equatable {
    /// Scores of each of the 19 tissues.
    public let perTissue: [PanNukeTissue: PanNukeTissueScores]
    /// PQ of each class, indexed by `PanNukeClass.rawValue`.
    public let perClass: [MetricResult<Double>]
    /// Fold mPQ: nanmean of the tissue mPQs.
    public let multiClassPQ: MetricResult<Double>
    /// Fold bPQ: nanmean of the tissue bPQs.
    public let binaryPQ: MetricResult<Double>

    /// Aggregates one fold.
    ///
    /// - Parameters:
    ///   - images: Per-image counts, in the fold's image order.
    ///   - tissues: The tissue name of each image (`types.npy`), in the same order.
    /// - Returns: The fold's scores, or the reference's exception when an image raises
    ///   one (then `run.py` stops and reports nothing).
    /// - Throws: `InputError` when the counts differ or a tissue name is not one of the 19.
    public static func scores(of images: [PanNukeImageCounts], tissues: [String]) throws -> MetricResult<
        PanNukeFoldScores
    > {
        try PanNukeFoldValues.collect(images, tissues: tissues).map { values in
            let tissueOrder = PanNukeTissue.allCases.compactMap { values.perTissue[$0] }
            return PanNukeFoldScores(
                perTissue: values.perTissue,
                perClass: values.perClass,
                multiClassPQ: NumpySummation.nanMean(tissueOrder.map(\.multiClassPQ)),
                binaryPQ: NumpySummation.nanMean(tissueOrder.map(\.binaryPQ))
            )
        }
    }
}
