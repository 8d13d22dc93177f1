/// The PQ statistics of one CoNIC image (`compute_stats.py --mode=seg_class`).
///
/// Reference: TissueImageAnalytics/CoNIC `compute_stats.py` and `metrics/stats_utils.py`
/// (`get_pq`, `get_multi_pq_info`, `remap_label`) at c1c4964; metrics spec §10.
/// * binary: the instance maps, remapped (prediction first), matched at IoU > 0.5;
/// * class c = 1…6: the class instance map is `instances × (classes == c)` pixel by
///   pixel (an instance whose pixels carry several classes is split), remapped
///   (prediction first), matched at IoU > 0.5 (`get_multi_pq_info` ignores its
///   `match_iou`, CoNIC#15).
///
/// Both are counts only; CoNIC pools the class counts over images (`CoNICScores`).
/// Empty-input rule: a comparison of two empty maps is all zeros (the +1e-6 in DQ makes
/// its PQ 0); `remap_label` raises `ValueError` on a map without a 0 pixel.
public struct CoNICImageCounts: Sendable, Equatable {
    /// The class labels CoNIC evaluates.
    public static let classLabels: ClosedRange<Int64> = 1...6

    /// Counts of the binary comparison.
    public let binary: MetricResult<PanopticCounts>
    /// Counts of classes 1…6 (index c − 1).
    public let classes: [MetricResult<PanopticCounts>]

    /// Compares the annotations of one image.
    ///
    /// - Parameters:
    ///   - gtInstances: Ground-truth instance map (channel 0 of `true.npy`).
    ///   - gtClasses: Ground-truth class of each pixel, row-major (channel 1).
    ///   - predInstances: Predicted instance map.
    ///   - predClasses: Predicted class of each pixel, row-major.
    /// - Throws: `InputError` when the maps differ in size or a class map does not hold
    ///   one value per pixel.
    public init(
        gtInstances: InstanceMap, gtClasses: [Int64], predInstances: InstanceMap, predClasses: [Int64]
    ) throws {
        guard gtClasses.count == gtInstances.pixelCount, predClasses.count == predInstances.pixelCount else {
            throw InputError("a class map does not have one value per pixel of its instance map")
        }
        let table = try OverlapTable(gt: gtInstances, pred: predInstances)
        if !predInstances.hasBackground {
            binary = .failure(Undefined(.valueError, "remap_label: predicted instance map has no 0 pixel"))
        } else if !gtInstances.hasBackground {
            binary = .failure(Undefined(.valueError, "remap_label: ground-truth instance map has no 0 pixel"))
        } else {
            binary = .success(PanopticMatching(table).counts)
        }
        let canvas = LabelCanvas(pixelCount: gtInstances.pixelCount)
        let predMaps = Self.classMaps(predInstances, classes: predClasses)
        let gtMaps = Self.classMaps(gtInstances, classes: gtClasses)
        classes = zip(Self.classLabels, zip(gtMaps, predMaps)).map { label, maps in
            let (gt, pred) = maps
            guard pred.hasBackground else {
                return .failure(Undefined(.valueError, "remap_label: predicted class \(label) map has no 0 pixel"))
            }
            guard gt.hasBackground else {
                return .failure(Undefined(.valueError, "remap_label: ground-truth class \(label) map has no 0 pixel"))
            }
            return .success(PanopticMatching(SparseLabels.overlapTable(gt: gt, pred: pred, canvas: canvas)).counts)
        }
    }

    /// The image's binary PQ with CoNIC's +1e-6 in DQ.
    public var binaryPQ: MetricResult<Double> {
        binary.flatMap { $0.quality(detectionEpsilon: CoNICScores.detectionEpsilon).map(\.panoptic) }
    }

    /// `remap_label(instances × (classes == c))` for each class c, as labelled pixels.
    private static func classMaps(_ instances: InstanceMap, classes: [Int64]) -> [SparseLabels] {
        var pixels = [[Int32]](repeating: [], count: classLabels.count)
        var labels = [[Int32]](repeating: [], count: classLabels.count)
        for (pixel, index) in instances.indices.enumerated() where index != 0 && classLabels.contains(classes[pixel]) {
            let slot = Int(classes[pixel] - classLabels.lowerBound)
            pixels[slot].append(Int32(truncatingIfNeeded: pixel))
            labels[slot].append(index)
        }
        return zip(pixels, labels).map { pixels, labels in
            SparseLabels(pixels: pixels, labels: labels, labelBound: instances.count, pixelCount: instances.pixelCount)
                .compacted
        }
    }
}
