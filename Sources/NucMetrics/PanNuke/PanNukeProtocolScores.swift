/// The per-image PQ statistics of a PanNuke protocol, and the scores derived from them.
///
/// Conformers: `PanNukeImageCounts` (PanNuke-metrics) and `CellViTPanNukeImageCounts`
/// (CellViT). They differ in how the maps are built and compared; the derived scores
/// differ only in the DQ epsilon.
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

    /// Restores an image's counts, as a results store keeps them.
    ///
    /// - Parameters:
    ///   - binary: Counts of the binary comparison.
    ///   - classes: Counts of each class, in `PanNukeClass` order.
    init(binary: MetricResult<PanopticCounts>, classes: [MetricResult<PanopticCounts>])

    /// Counts of the binary comparison (`.notANumber` when the image has no GT nucleus).
    var binary: MetricResult<PanopticCounts> { get }
    /// Counts of each class in `PanNukeClass` order (`.notANumber` when the class has no GT nucleus).
    var classes: [MetricResult<PanopticCounts>] { get }
    /// The epsilon the protocol's `get_fast_pq` adds to the DQ denominator.
    static var detectionEpsilon: Double { get }
}

extension PanNukeImageScores {
    /// bPQ of the image.
    public var binaryPQ: MetricResult<Double> { binary.flatMap(Self.panopticQuality) }

    /// PQ of each class, indexed by `PanNukeClass.rawValue`.
    public var classPQ: [MetricResult<Double>] { classes.map { $0.flatMap(Self.panopticQuality) } }

    /// mPQ of the image: `np.nanmean` of the class PQs.
    public var multiClassPQ: MetricResult<Double> { NumpySummation.nanMean(classPQ) }

    /// The exception the reference raises on this image, if any (the first in its order:
    /// binarisation and binary PQ, then the classes in order).
    public var referenceException: Undefined? {
        ([binary] + classes).lazy.compactMap(\.undefined).first { $0.kind != .notANumber }
    }

    private static func panopticQuality(_ counts: PanopticCounts) -> MetricResult<Double> {
        counts.quality(detectionEpsilon: detectionEpsilon).map(\.panoptic)
    }
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

/// The per-image values of a fold and their per-tissue and per-class nanmeans, which
/// both protocols report; they differ only in their headline averages.
struct PanNukeFoldValues<Image: PanNukeImageScores> {
    /// mPQ of each image, in image order.
    let imageMultiClassPQ: [MetricResult<Double>]
    /// bPQ of each image, in image order.
    let imageBinaryPQ: [MetricResult<Double>]
    /// nanmeans over each present tissue's images.
    let perTissue: [PanNukeTissue: PanNukeTissueScores]
    /// nanmean over all images of each class PQ.
    let perClass: [MetricResult<Double>]

    /// Collects a fold's values.
    ///
    /// - Parameters:
    ///   - images: Per-image scores in image order.
    ///   - tissues: Tissue name of each image.
    /// - Returns: The values, or the first image's reference exception (the reference
    ///   stops there and reports nothing).
    /// - Throws: `InputError` for mismatched counts or unknown tissue names.
    static func collect(_ images: [Image], tissues: [String]) throws -> MetricResult<Self> {
        guard images.count == tissues.count else {
            throw InputError("\(images.count) images but \(tissues.count) tissue names")
        }
        let groups = try PanNukeTissue.imageIndices(of: tissues)
        for (index, image) in images.enumerated() {
            if let exception = image.referenceException {
                return .failure(Undefined(exception.kind, "image \(index): \(exception.reason)"))
            }
        }
        let multiClass = images.map(\.multiClassPQ)
        let binary = images.map(\.binaryPQ)
        return .success(
            PanNukeFoldValues(
                imageMultiClassPQ: multiClass,
                imageBinaryPQ: binary,
                perTissue: groups.mapValues { indices in
                    PanNukeTissueScores(
                        multiClassPQ: NumpySummation.nanMean(indices.map { multiClass[$0] }),
                        binaryPQ: NumpySummation.nanMean(indices.map { binary[$0] })
                    )
                },
                perClass: PanNukeClass.allCases.map { nucleusClass in
                    NumpySummation.nanMean(images.map { $0.classPQ[nucleusClass.rawValue] })
                }
            )
        )
    }
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
