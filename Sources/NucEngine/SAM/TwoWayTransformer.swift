/// SAM's two-way transformer: `depth` attention blocks, then a final token-to-image attention and
/// LayerNorm.
///
/// ref: segment-anything 1.0 `modeling/transformer.py` lines 16–106 (`TwoWayTransformer`); the
/// batched, prompt-sharing evaluation is in `TwoWayTransformer+Batched.swift`.
struct TwoWayTransformer: Sendable {
    /// `layers.{i}`.
    let layers: [TwoWayAttentionBlock]
    /// `final_attn_token_to_image`.
    let finalAttention: MultiHeadAttention
    /// `norm_final_attn` (eps 1e-5).
    let finalNorm: LayerNorm

    /// Binds `mask_decoder.transformer.*`.
    ///
    /// - Parameters:
    ///   - store: The checkpoint.
    ///   - config: The decoder sizes.
    init(_ store: WeightStore, config: MaskDecoderConfig) {
        let prefix = "mask_decoder.transformer"
        layers = (0..<config.depth).map { index in
            TwoWayAttentionBlock(store, prefix: "\(prefix).layers.\(index)", config: config, isFirst: index == 0)
        }
        finalAttention = MultiHeadAttention(
            store, prefix: prefix + ".final_attn_token_to_image", dim: config.dimension, heads: config.heads,
            downsampleRate: config.attentionDownsampleRate)
        finalNorm = LayerNorm(store, prefix: prefix + ".norm_final_attn", dim: config.dimension, eps: 1e-5)
    }
}
