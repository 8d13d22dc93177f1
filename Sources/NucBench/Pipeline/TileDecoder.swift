import NucCore
import NucEngine

/// Runs a segmentor on one tile's prompts, optionally averaged over the six test-time-augmentation
/// views, with the tile's embeddings taken from a cache.
///
/// ref: PromptNucSeg fce0290 `segmentor/utils.py: inference`; spec promptnucseg.md §4.5. With
/// augmentation the logits are summed in the reference's order (identity, hflip, vflip, rot90 ×1,
/// ×2, ×3), each mapped back to the tile frame, then divided by 6; the IoUs likewise.
struct TileDecoder<Segmenter: PromptSegmenting>: Sendable {
    /// The segmentor.
    let segmenter: Segmenter
    /// The prompt mapping for rotated views, or nil for no test-time augmentation.
    let augmentation: AugmentationView.PointMapping?

    /// The tile's logits and IoUs for its prompts.
    ///
    /// - Parameters:
    ///   - tile: The 256×256 tile.
    ///   - x: The tile's left column (cache key).
    ///   - y: The tile's top row (cache key).
    ///   - prompts: The prompts, in tile coordinates.
    ///   - cache: The image's embedding cache.
    /// - Returns: Logits (N, 256, 256) and IoUs (N).
    /// - Throws: `InputError` from the segmentor, or when its output does not fit the prompts.
    func output(
        tile: RGBImage, x: Int, y: Int, prompts: [[PromptPoint]],
        cache: inout EmbeddingCache<Segmenter.Embedding>
    ) throws -> SegmentorOutput {
        let side = TileGrid.side
        let views: [AugmentationView] = augmentation == nil ? [.identity] : AugmentationView.allCases
        var logits: [Float] = []
        var ious: [Float] = []
        for view in views {
            let embedding = try cache.embedding(for: .init(x: x, y: y, view: view)) {
                try segmenter.embed(tile: view == .identity ? tile : view.apply(to: tile))
            }
            let viewed = prompts.map { prompt in
                prompt.map { view.apply(to: $0, side: side, mapping: augmentation ?? .exact) }
            }
            let output = try segmenter.segment(embedding: embedding, prompts: viewed)
            guard output.logits.elements.count == prompts.count * side * side, output.iou.count == prompts.count
            else {
                throw InputError(
                    "the segmentor returned \(output.iou.count) masks of shape \(output.logits.shape) "
                        + "for \(prompts.count) prompts; expected (\(prompts.count), \(side), \(side))")
            }
            let restored = view.restore(output.logits.elements, side: side)
            if logits.isEmpty {
                logits = restored
                ious = output.iou
            } else {
                for index in logits.indices { logits[index] += restored[index] }
                for index in ious.indices { ious[index] += output.iou[index] }
            }
        }
        if views.count > 1 {
            let count = Float(views.count)
            for index in logits.indices { logits[index] /= count }
            for index in ious.indices { ious[index] /= count }
        }
        return SegmentorOutput(logits: Tensor(shape: [prompts.count, side, side], elements: logits), iou: ious)
    }
}
