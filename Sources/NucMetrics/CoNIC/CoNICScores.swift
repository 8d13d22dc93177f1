/// The scores of CoNIC's `compute_stats.py --mode=seg_class`.
///
/// Reference: TissueImageAnalytics/CoNIC `compute_stats.py` at c1c4964; metrics spec §10.
/// A pure function of the per-image counts in image order:
/// * `pq`: the plain numpy mean over images of the image's binary PQ (+1e-6 in DQ);
/// * `multi_pq+`: per class, TP, FP, FN and ΣIoU are summed over images in image order
///   (as doubles), then PQ_c = [TP / ((TP + FP/2 + FN/2) + 1e-6)] · [ΣIoU / (TP + 1e-6)];
///   mPQ+ is the mean of the six PQ_c. Pooling is dataset-level because many patches
///   lack some classes (CoNIC#4).
///
/// Empty-input rule: an image empty on both sides has binary PQ 0; a class absent from
/// every image (on both sides) has PQ 0, not NaN.
public struct CoNICScores: Sendable, Equatable {
    /// The DQ epsilon of CoNIC's `get_pq` and of its pooled class PQ.
    static let detectionEpsilon = 1.0e-6

    /// Binary PQ of each image, in image order.
    public let perImagePQ: [Double]
    /// `pq`: mean of `perImagePQ`.
    public let binaryPQ: Double
    /// Pooled counts of classes 1…6 (index c − 1).
    public let perClassTotals: [PanopticCounts]
    /// PQ of classes 1…6 from the pooled counts.
    public let perClassPQ: [Double]
    /// `multi_pq+`: mean of `perClassPQ`.
    public let multiClassPQPlus: Double

    /// Aggregates a data set.
    ///
    /// - Parameter images: Per-image counts, in image order.
    /// - Returns: The scores, or the reference's exception: the first image's that raises
    ///   one, or `IndexError` for no images at all (`np.sum` of an empty list has no class
    ///   axis).
    public static func scores(of images: [CoNICImageCounts]) -> MetricResult<CoNICScores> {
        var perImagePQ: [Double] = []
        var totals = [PanopticCounts](repeating: .zero, count: CoNICImageCounts.classLabels.count)
        do throws(Undefined) {
            for (index, image) in images.enumerated() {
                do throws(Undefined) {
                    perImagePQ.append(try image.binaryPQ.get())
                    for (slot, counts) in image.classes.enumerated() {
                        totals[slot] = totals[slot] + (try counts.get())
                    }
                } catch {
                    throw Undefined(error.kind, "image \(index): \(error.reason)")
                }
            }
            guard !images.isEmpty else {
                throw Undefined(.indexError, "no images: the pooled class counts have no class axis")
            }
            let perClassPQ = try totals.map { totals throws(Undefined) in
                try totals.quality(detectionEpsilon: detectionEpsilon).get().panoptic
            }
            return .success(
                CoNICScores(
                    perImagePQ: perImagePQ,
                    binaryPQ: NumpySummation.sum(perImagePQ) / Double(perImagePQ.count),
                    perClassTotals: totals,
                    perClassPQ: perClassPQ,
                    multiClassPQPlus: NumpySummation.sum(perClassPQ) / Double(perClassPQ.count)
                )
            )
        } catch {
            return .failure(error)
        }
    }
}
