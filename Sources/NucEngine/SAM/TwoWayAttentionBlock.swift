/// One block of SAM's two-way transformer: token self-attention, tokens attending to the image,
/// a token MLP, and the image attending to the tokens, each followed by a LayerNorm (eps 1e-5).
///
/// ref: segment-anything 1.0 `modeling/transformer.py` lines 109–182 (`TwoWayAttentionBlock`);
/// the batched evaluation is in `TwoWayTransformer+Batched.swift`.
struct TwoWayAttentionBlock: Sendable {
    /// `self_attn` (no width reduction).
    let selfAttention: MultiHeadAttention
    /// `norm1`.
    let norm1: LayerNorm
    /// `cross_attn_token_to_image`.
    let tokenToImage: MultiHeadAttention
    /// `norm2`.
    let norm2: LayerNorm
    /// `mlp` (`lin1`, ReLU, `lin2`).
    let mlp: ReLUMLP
    /// `norm3`.
    let norm3: LayerNorm
    /// `norm4` (over image tokens).
    let norm4: LayerNorm
    /// `cross_attn_image_to_token`.
    let imageToToken: MultiHeadAttention
    /// Whether the self-attention skips the token PE and the residual (`skip_first_layer_pe`, block 0).
    let skipsFirstPositionalEncoding: Bool

    /// Binds `prefix.*`.
    ///
    /// - Parameters:
    ///   - store: The checkpoint.
    ///   - prefix: e.g. `mask_decoder.transformer.layers.0`.
    ///   - config: The decoder sizes.
    ///   - isFirst: Whether this is block 0 (`skip_first_layer_pe=True`).
    init(_ store: WeightStore, prefix: String, config: MaskDecoderConfig, isFirst: Bool) {
        let (dimension, heads, rate) = (config.dimension, config.heads, config.attentionDownsampleRate)
        selfAttention = MultiHeadAttention(store, prefix: prefix + ".self_attn", dim: dimension, heads: heads)
        norm1 = LayerNorm(store, prefix: prefix + ".norm1", dim: dimension, eps: 1e-5)
        tokenToImage = MultiHeadAttention(
            store, prefix: prefix + ".cross_attn_token_to_image", dim: dimension, heads: heads, downsampleRate: rate)
        norm2 = LayerNorm(store, prefix: prefix + ".norm2", dim: dimension, eps: 1e-5)
        mlp = ReLUMLP(block: store, prefix: prefix + ".mlp", dimension: dimension, hidden: config.mlpDimension)
        norm3 = LayerNorm(store, prefix: prefix + ".norm3", dim: dimension, eps: 1e-5)
        norm4 = LayerNorm(store, prefix: prefix + ".norm4", dim: dimension, eps: 1e-5)
        imageToToken = MultiHeadAttention(
            store, prefix: prefix + ".cross_attn_image_to_token", dim: dimension, heads: heads, downsampleRate: rate)
        skipsFirstPositionalEncoding = isFirst
    }
}
