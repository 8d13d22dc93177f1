/// The sizes of SAM's prompt encoder and mask decoder, as a checkpoint's shapes fix them.
///
/// Every size but `heads` is read from tensor shapes (see `init(inferringFrom:heads:)`); the head
/// count is not stored anywhere, and every SAM variant builds its decoder with 8
/// (ref: segment-anything 1.0 `build_sam.py` lines 92–98, `TwoWayTransformer(depth=2,
/// embedding_dim=256, mlp_dim=2048, num_heads=8)`), so 8 is the default.
public struct MaskDecoderConfig: Sendable, Equatable {
    /// The SAM build's decoder head count, used when none is given.
    public static let defaultHeads = 8

    /// Token and image-embedding width (`transformer_dim`; 256 in SAM).
    public var dimension: Int
    /// Attention heads in every decoder attention (not stored in checkpoints).
    public var heads: Int
    /// TwoWayTransformer blocks (2 in SAM).
    public var depth: Int
    /// Hidden width of each block's MLP (2048 in SAM).
    public var mlpDimension: Int
    /// Width reduction of the cross attentions' projections (2 in SAM).
    public var attentionDownsampleRate: Int
    /// Output mask tokens (4 in SAM: 3 multimask + 1 single); only token 0 is decoded (multimask off).
    public var maskTokenCount: Int
    /// Hidden width of the IoU head (256 in SAM).
    public var iouHiddenDimension: Int
    /// Linear layers of the IoU head (3 in SAM).
    public var iouHeadDepth: Int

    /// Creates a decoder configuration.
    ///
    /// - Parameters:
    ///   - dimension: Token width.
    ///   - heads: Attention heads.
    ///   - depth: TwoWayTransformer blocks.
    ///   - mlpDimension: Block MLP hidden width.
    ///   - attentionDownsampleRate: Cross-attention width reduction.
    ///   - maskTokenCount: Mask tokens.
    ///   - iouHiddenDimension: IoU head hidden width.
    ///   - iouHeadDepth: IoU head layers.
    public init(
        dimension: Int, heads: Int, depth: Int, mlpDimension: Int, attentionDownsampleRate: Int,
        maskTokenCount: Int, iouHiddenDimension: Int, iouHeadDepth: Int
    ) {
        self.dimension = dimension
        self.heads = heads
        self.depth = depth
        self.mlpDimension = mlpDimension
        self.attentionDownsampleRate = attentionDownsampleRate
        self.maskTokenCount = maskTokenCount
        self.iouHiddenDimension = iouHiddenDimension
        self.iouHeadDepth = iouHeadDepth
    }

    // MARK: - Derived sizes

    /// Projection width of the cross attentions (`embedding_dim // downsample_rate`).
    public var crossAttentionDimension: Int { dimension / attentionDownsampleRate }
    /// Channels after the first transposed convolution (`transformer_dim // 4`).
    public var upscaledChannels: Int { dimension / 4 }
    /// Channels of the mask features, the hypernetwork output width (`transformer_dim // 8`).
    public var maskFeatureChannels: Int { dimension / 8 }
    /// Output tokens before the prompt tokens: the IoU token and the mask tokens.
    public var outputTokenCount: Int { 1 + maskTokenCount }
    /// Columns of the random-Fourier Gaussian matrix (`embed_dim // 2`).
    public var fourierFeatureCount: Int { dimension / 2 }
}
