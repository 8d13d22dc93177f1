/// The prompt-dependent half of the segmentor: prompt encoder, mask decoder and the final resize,
/// run as one batched pass per image with the prompt-independent work done once.
///
/// ref: PromptNucSeg fce0290 `segmentor/segment_anything/modeling/sam.py` `Sam.forward`: the decoder
/// logits (64×64) are resized straight to the input size, bilinear with `align_corners=False`.
public struct PromptDecoder: Sendable {
    /// The most prompts decoded in one pass.
    ///
    /// Larger batches run in equal chunks; results are per prompt, so chunking changes nothing. The
    /// scratch is about 1 MB per prompt at SAM sizes: 24 keeps it under glibc's 32 MB `mmap`
    /// threshold, so it is recycled instead of faulted in afresh for every image (40 prompts as two
    /// passes of 20 measured about 20 % faster than one pass of 40).
    public static let defaultChunkSize = 24

    /// The decoder sizes.
    public let config: MaskDecoderConfig
    let promptEncoder: PromptEncoder
    let maskDecoder: MaskDecoder

    /// Binds `prompt_encoder.*` and `mask_decoder.*`.
    ///
    /// - Parameters:
    ///   - store: The checkpoint.
    ///   - config: The decoder sizes.
    ///   - imageSize: The model input side (256), which normalises point coordinates.
    ///   - gridSize: The image-embedding grid side (16).
    init(_ store: WeightStore, config: MaskDecoderConfig, imageSize: Int, gridSize: Int) {
        self.config = config
        promptEncoder = PromptEncoder(
            store: store, dimension: config.dimension, imageSize: imageSize, gridSize: gridSize)
        maskDecoder = MaskDecoder(store, config: config)
    }

    /// Decodes every prompt of one image.
    ///
    /// Prompts with the same number of points are decoded together (PromptNucSeg pads every prompt to
    /// 1 + K points, so an image is one group); each prompt's result is what the reference computes
    /// for it alone, since prompts never interact.
    ///
    /// - Parameters:
    ///   - embedding: The image encoder output, (C, side, side).
    ///   - prompts: The image's prompts (points in 0…255 pixel coordinates).
    ///   - chunkSize: Prompts per pass at most (≥ 1).
    /// - Returns: Mask logits (N, imageSize, imageSize) and predicted IoUs (N), in prompt order.
    public func decode(embedding: Tensor, prompts: [[PromptPoint]], chunkSize: Int = defaultChunkSize)
        -> SegmentorOutput
    {
        let size = promptEncoder.imageSize
        precondition(
            embedding.shape == [config.dimension, promptEncoder.gridSize, promptEncoder.gridSize],
            "embedding \(embedding.shape) does not fit the decoder")
        guard !prompts.isEmpty else {
            return SegmentorOutput(logits: Tensor(zeros: [0, size, size]), iou: [])
        }
        let context = MaskDecoderImageContext(
            embedding: embedding, promptEncoder: promptEncoder, firstBlock: maskDecoder.transformer.layers[0])
        let groups = Dictionary(grouping: prompts.indices) { prompts[$0].count }.sorted { $0.key < $1.key }
        let largest = groups.map(\.value.count).max() ?? 0
        let perChunk = Self.chunkLength(count: largest, limit: chunkSize)
        let workspace = MaskDecoderWorkspace(capacity: perChunk, cells: context.cells, config: config)
        let lowResolution = 4 * context.side
        let plane = lowResolution * lowResolution
        var logits = Tensor(zeros: [prompts.count, lowResolution, lowResolution])
        var iou = [Float](repeating: 0, count: prompts.count)
        for (_, members) in groups {
            let length = Self.chunkLength(count: members.count, limit: chunkSize)
            for start in stride(from: 0, to: members.count, by: length) {
                let chunk = Array(members[start..<min(start + length, members.count)])
                let sparse = promptEncoder.sparseEmbeddings(of: chunk.map { prompts[$0] })
                let decoded = maskDecoder(sparse: sparse, context: context, workspace: workspace)
                for (offset, index) in chunk.enumerated() {
                    logits.elements.replaceSubrange(
                        (index * plane)..<((index + 1) * plane),
                        with: decoded.logits.elements[(offset * plane)..<((offset + 1) * plane)])
                    iou[index] = decoded.iou[offset]
                }
            }
        }
        let resized = Interpolation.bilinear(logits, height: size, width: size, alignCorners: false)
        return SegmentorOutput(logits: resized, iou: iou)
    }

    /// Splits `count` prompts into equal chunks of at most `limit`.
    private static func chunkLength(count: Int, limit: Int) -> Int {
        let chunks = (count + max(1, limit) - 1) / max(1, limit)
        return max(1, (count + chunks - 1) / max(1, chunks))
    }
}
