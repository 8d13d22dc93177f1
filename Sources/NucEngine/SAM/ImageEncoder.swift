/// SAM's ViT image encoder at PromptNucSeg's 256×256 input: patch embedding, position
/// embedding, windowed and global transformer blocks, and the neck.
///
/// ref: windygoo/PromptNucSeg@4afbf26 segmentor/segment_anything/modeling/image_encoder.py,
/// `ImageEncoderViT` (spec promptnucseg.md §2.1, §2.2, §9.7). Weights are bound once and never
/// change; each pass writes only to a `Workspace`. Windowed blocks compute only the 256 real
/// token rows (see `attend`), which gives the reference result with a third fewer FLOPs.
public struct ImageEncoder: Sendable {
    /// The encoder's shape, read from the checkpoint.
    public let config: SAMEncoderConfig
    /// `patch_embed` and `pos_embed`.
    let patchEmbedding: PatchEmbedding
    /// `blocks.{i}`.
    let blocks: [Block]
    /// `neck`.
    let neck: Neck

    /// Infers the configuration from tensor shapes and binds every `image_encoder.` tensor.
    ///
    /// Missing and mis-shaped tensors are recorded in `weights` (its `finish()` lists them); the
    /// caller calls `finish()` after binding the rest of the model.
    ///
    /// - Parameters:
    ///   - weights: The checkpoint's tensors.
    ///   - prefix: The encoder's key prefix.
    /// - Throws: `InputError` when the tensors that define the configuration are absent or inconsistent.
    public init(_ weights: WeightStore, prefix: String = "image_encoder.") throws {
        let config = try SAMEncoderConfig.inferred(from: weights, prefix: prefix)
        self.config = config
        patchEmbedding = PatchEmbedding(weights, prefix: prefix, config: config)
        blocks = (0..<config.depth).map { index in
            Block(
                weights, prefix: prefix + "blocks.\(index)", config: config,
                isGlobal: config.globalBlocks.contains(index))
        }
        neck = Neck(weights, prefix: prefix, config: config)
    }

    /// Encodes a normalised image into channels-last tokens.
    ///
    /// - Parameters:
    ///   - image: `[3, 256, 256]`, normalised with the ImageNet mean and std (spec §2.2).
    ///   - workspace: Scratch buffers from `makeWorkspace()`; reused across calls.
    /// - Returns: The image embedding as `[256, D]` (token `y·16 + x`, then channel), the layout
    ///   the mask decoder reads.
    func tokens(of image: Tensor, workspace: Workspace) -> Tensor {
        let side = SAMEncoderConfig.imageSize
        precondition(
            image.shape == [3, side, side], "the image encoder takes [3, \(side), \(side)], got \(image.shape)")
        patchEmbedding.apply(image, workspace: workspace)
        for block in blocks { block.apply(workspace) }
        return neck.apply(grid: config.gridSize, workspace: workspace)
    }

    /// Creates scratch buffers sized for this encoder.
    ///
    /// - Returns: A workspace for `tokens(of:workspace:)`.
    func makeWorkspace() -> Workspace { Workspace(config) }

    /// Encodes a normalised image into PyTorch's channels-first embedding.
    ///
    /// - Parameter image: `[3, 256, 256]`, normalised with the ImageNet mean and std.
    /// - Returns: `[D, 16, 16]`, as `ImageEncoderViT.forward` returns it (without the batch axis).
    public func callAsFunction(_ image: Tensor) -> Tensor {
        let tokens = tokens(of: image, workspace: makeWorkspace())
        let (count, depth) = (config.tokenCount, config.neckDim)
        var channels = [Float](repeating: 0, count: count * depth)
        for token in 0..<count {
            for channel in 0..<depth { channels[channel * count + token] = tokens.elements[token * depth + channel] }
        }
        return Tensor(shape: [depth, config.gridSize, config.gridSize], elements: channels)
    }
}
