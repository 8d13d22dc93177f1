/// The whole PromptNucSeg segmentor's configuration: image encoder, prompt encoder and mask decoder.
///
/// Everything except the decoder head count is read from checkpoint shapes, so B, L, H and any
/// smaller model load without a variant name (ggml examples/sam/sam.cpp `sam_hparams` keeps the
/// same split of stored and derived sizes).
public struct SAMConfig: Sendable, Equatable {
    /// The ViT image encoder.
    public var encoder: SAMEncoderConfig
    /// The prompt encoder and mask decoder (their width is the prompt dimension).
    public var decoder: MaskDecoderConfig

    /// Creates a configuration from its parts.
    ///
    /// - Parameters:
    ///   - encoder: The image encoder sizes.
    ///   - decoder: The decoder sizes; `decoder.dimension` must equal `encoder.neckDim`.
    public init(encoder: SAMEncoderConfig, decoder: MaskDecoderConfig) {
        self.encoder = encoder
        self.decoder = decoder
    }

    /// Reads the configuration from a checkpoint's shapes.
    ///
    /// - Parameters:
    ///   - store: The checkpoint.
    ///   - decoderHeads: The decoder's attention heads, which checkpoints do not record; nil takes
    ///     SAM's 8 (`MaskDecoderConfig.defaultHeads`), right for every released B/L/H model.
    /// - Throws: `InputError` naming the checkpoint when a defining key is missing or the parts disagree.
    public init(inferringFrom store: WeightStore, decoderHeads: Int? = nil) throws {
        encoder = try SAMEncoderConfig.inferred(from: store)
        decoder = try MaskDecoderConfig(inferringFrom: store, heads: decoderHeads)
        guard encoder.neckDim == decoder.dimension else {
            throw InputError(
                "image embedding has \(encoder.neckDim) channels but the mask decoder expects \(decoder.dimension)",
                file: store.source)
        }
    }

    /// The released variant these sizes match, "B", "L" or "H" (spec promptnucseg.md §2.1), or nil.
    public var variant: String? {
        switch (encoder.embedDim, encoder.depth, encoder.heads, encoder.globalBlocks, decoder) {
        case (768, 12, 12, [2, 5, 8, 11], Self.samDecoder): "B"
        case (1024, 24, 16, [5, 11, 17, 23], Self.samDecoder): "L"
        case (1280, 32, 16, [7, 15, 23, 31], Self.samDecoder): "H"
        default: nil
        }
    }

    /// The decoder every released SAM variant uses.
    public static let samDecoder = MaskDecoderConfig(
        dimension: 256, heads: 8, depth: 2, mlpDimension: 2048, attentionDownsampleRate: 2, maskTokenCount: 4,
        iouHiddenDimension: 256, iouHeadDepth: 3)
}
