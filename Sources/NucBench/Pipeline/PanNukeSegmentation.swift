import NucCore
import NucEngine

/// PromptNucSeg's segmentation of a 256×256 PanNuke image: one pass with all prompts, masks
/// `logit > 0`, class-agnostic box NMS at 0.5, painting from the lowest to the highest score.
///
/// ref: PromptNucSeg fce0290 `segmentor/main.py: evaluate` (`'pannuke' in dataset`); spec
/// promptnucseg.md §4.2. Negatives and test-time augmentation are never used on this path.
public struct PanNukeSegmentation: Sendable {
    /// The number of PanNuke classes (the class channels).
    public static let classCount = 5

    /// Each prompt's mask, in prompt order.
    public let masks: [RegionMask]
    /// Each prompt's predicted IoU.
    public let scores: [Float]
    /// The kept prompt indices, highest score first.
    public let keep: [Int]
    /// The binary-task instance map (256×256, row-major), the i-th painted mask with id i + 1.
    public let instances: [Int32]
    /// The reference's five independent per-class instance maps.
    public let classChannels: [[Int32]]
    /// nucbench's merged class map: the 1-based class of each pixel's owner in `instances`.
    public let classMap: [UInt8]

    /// Segments one image.
    ///
    /// - Parameters:
    ///   - image: The 256×256 RGB image.
    ///   - prompts: The prompts, 0-based class in `type` (0 Neoplastic … 4 Epithelial).
    ///   - segmenter: The segmentor.
    ///   - iouThreshold: The box-NMS threshold (`data.post.iou_threshold`, 0.5).
    ///   - cache: The image's embedding cache.
    /// - Throws: `InputError` when the image is not 256×256, a class is not in 0…4, or the segmentor
    ///   fails.
    public init<Segmenter: PromptSegmenting>(
        image: RGBImage, prompts: [TypedPoint], segmenter: Segmenter, iouThreshold: Double = 0.5,
        cache: inout EmbeddingCache<Segmenter.Embedding>
    ) throws {
        let side = TileGrid.side
        guard image.width == side, image.height == side else {
            throw InputError("image is \(image.width)×\(image.height); the PanNuke path takes 256×256 images")
        }
        if let bad = prompts.first(where: { !(0..<Self.classCount).contains($0.type) }) {
            throw InputError("prompt class \(bad.type) is not a PanNuke class (0…4)")
        }
        let classes = prompts.map(\.type)
        let decoder = TileDecoder(segmenter: segmenter, augmentation: nil)
        let points = prompts.map { [PromptPoint(x: $0.point.x, y: $0.point.y, label: .positive)] }
        if points.isEmpty {
            masks = []
            scores = []
        } else {
            let output = try decoder.output(tile: image, x: 0, y: 0, prompts: points, cache: &cache)
            let plane = side * side
            masks = points.indices.map { index in
                RegionMask(
                    logits: output.logits.elements[(index * plane)..<((index + 1) * plane)], side: side, x: 0, y: 0)
            }
            scores = output.iou
        }
        let boxes = masks.map { $0.referenceBox(tileX: 0, tileY: 0) }
        keep = BoxSuppression.keep(boxes: boxes, scores: scores, threshold: iouThreshold)
        instances = InstancePainting.instances(masks, keep: keep, width: side, height: side)
        classChannels = InstancePainting.classChannels(
            masks, classes: classes, classCount: Self.classCount, keep: keep, width: side, height: side)
        classMap = InstancePainting.classMap(masks, classes: classes, keep: keep, width: side, height: side)
    }
}
