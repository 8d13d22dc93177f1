/// The PanNuke scores CellViT's evaluation writes for one fold.
///
/// Reference: TIO-IKIM/CellViT at 05097e1, `inference_cellvit_experiment_pannuke.py`
/// (`run_patch_inference`); metrics spec §9.4. A pure function of the per-image counts
/// in image order and the tissue names. Unlike PanNuke-metrics, the headline `mPQ` and
/// `bPQ` of `inference_results.json` are **image** averages:
/// * bPQ = nanmean over images of the image bPQ; mPQ = nanmean over images of the image mPQ;
/// * per tissue: the same nanmeans over that tissue's images (CellViT writes the names
///   lower-case; here they are `PanNukeTissue` values);
/// * per class: nanmean over images of the class PQ.
///
/// Empty-input rule: NaN images are skipped; a value without defined images is NaN.
public struct CellViTPanNukeFoldScores: Sendable, Equatable {
    /// Scores of each of the 19 tissues.
    public let perTissue: [PanNukeTissue: PanNukeTissueScores]
    /// PQ of each class, indexed by `PanNukeClass.rawValue`.
    public let perClass: [MetricResult<Double>]
    /// Headline mPQ: nanmean over images of the image mPQ.
    public let multiClassPQ: MetricResult<Double>
    /// Headline bPQ: nanmean over images of the image bPQ.
    public let binaryPQ: MetricResult<Double>

    /// Aggregates one fold.
    ///
    /// - Parameters:
    ///   - images: Per-image counts, in the fold's image order.
    ///   - tissues: The tissue name of each image, in the same order.
    /// - Returns: The fold's scores, or CellViT's exception when an image raises one.
    /// - Throws: `InputError` when the counts differ or a tissue name is not one of the 19.
    public static func scores(of images: [CellViTPanNukeImageCounts], tissues: [String]) throws -> MetricResult<
        CellViTPanNukeFoldScores
    > {
        try PanNukeFoldValues.collect(images, tissues: tissues).map { values in
            CellViTPanNukeFoldScores(
                perTissue: values.perTissue,
                perClass: values.perClass,
                multiClassPQ: NumpySummation.nanMean(values.imageMultiClassPQ),
                binaryPQ: NumpySummation.nanMean(values.imageBinaryPQ)
            )
        }
    }
}
