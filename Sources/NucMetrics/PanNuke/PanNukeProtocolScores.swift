/// What a PanNuke protocol computes for one image: bPQ, the five class PQs and their nanmean.
///
/// Conformers: `PanNukeImageCounts` (PanNuke-metrics) and `CellViTPanNukeImageCounts` (CellViT).
public protocol PanNukeImageScores: Sendable {
    /// The fold aggregation of this protocol.
    associatedtype Fold: PanNukeFoldSummary where Fold.Image == Self

    /// Scores one image.
    ///
    /// - Parameters:
    ///   - gt: Ground-truth class channels.
    ///   - pred: Predicted class channels.
    /// - Throws: `InputError` when the two differ in size.
    init(gt: PanNukeMasks, pred: PanNukeMasks) throws

    /// Binary PQ (`.notANumber` when the image has no GT nucleus).
    var binaryPQ: MetricResult<Double> { get }
    /// PQ of each class in `PanNukeClass` order (`.notANumber` when the class has no GT nucleus).
    var classPQ: [MetricResult<Double>] { get }
    /// nanmean of the class PQs.
    var multiClassPQ: MetricResult<Double> { get }
    /// The exception the reference raises on this image, if any.
    var referenceException: Undefined? { get }
}

/// What a PanNuke protocol reports for one fold.
public protocol PanNukeFoldSummary: Sendable {
    /// The per-image scores aggregated.
    associatedtype Image: PanNukeImageScores

    /// Aggregates a fold.
    ///
    /// - Parameters:
    ///   - images: Per-image scores in the fold's image order.
    ///   - tissues: Tissue name of each image.
    /// - Returns: The fold's scores, or the reference's exception.
    /// - Throws: `InputError` for mismatched counts or unknown tissue names.
    static func scores(of images: [Image], tissues: [String]) throws -> MetricResult<Self>

    /// mPQ and bPQ of each tissue present.
    var perTissue: [PanNukeTissue: PanNukeTissueScores] { get }
    /// PQ of each class.
    var perClass: [MetricResult<Double>] { get }
    /// The fold's headline mPQ.
    var multiClassPQ: MetricResult<Double> { get }
    /// The fold's headline bPQ.
    var binaryPQ: MetricResult<Double> { get }
}

extension PanNukeImageCounts: PanNukeImageScores {
    /// PanNuke-metrics aggregates with tissue averages.
    public typealias Fold = PanNukeFoldScores
}

extension PanNukeFoldScores: PanNukeFoldSummary {}

extension CellViTPanNukeImageCounts: PanNukeImageScores {
    /// CellViT aggregates with image averages.
    public typealias Fold = CellViTPanNukeFoldScores
}

extension CellViTPanNukeFoldScores: PanNukeFoldSummary {}
