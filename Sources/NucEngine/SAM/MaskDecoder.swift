/// SAM's mask decoder in PromptNucSeg's single-mask setting: the two-way transformer over output and
/// prompt tokens, output upscaling, the hypernetwork of mask token 0 and the IoU head.
///
/// With `multimask_output=False` only mask token 0 and IoU output 0 are returned, so only
/// hypernetwork 0 runs and the final attention computes only the IoU token and mask token 0; the
/// other mask tokens still take part in the blocks' attentions.
/// ref: PromptNucSeg fce0290 `segmentor/segment_anything/modeling/mask_decoder.py` (`predict_masks`,
/// `forward` with `mask_slice = slice(0, 1)`); spec promptnucseg.md §2.4.
struct MaskDecoder: Sendable {
    /// The sizes.
    let config: MaskDecoderConfig
    /// `iou_token.weight` (1, C) and `mask_tokens.weight` (M, C), stacked: the output tokens (1 + M, C).
    let outputTokens: Tensor
    /// `transformer`.
    let transformer: TwoWayTransformer
    /// `output_upscaling`.
    let upscaling: OutputUpscaling
    /// `output_hypernetworks_mlps.0` (C → C → C → C/8).
    let hypernetwork: ReLUMLP
    /// `iou_prediction_head` (C → hidden… → M).
    let iouHead: ReLUMLP

    /// Binds `mask_decoder.*`.
    ///
    /// Hypernetworks 1…M−1 (multimask outputs) are bound for the strict shape check and not kept.
    ///
    /// - Parameters:
    ///   - store: The checkpoint.
    ///   - config: The decoder sizes.
    init(_ store: WeightStore, config: MaskDecoderConfig) {
        let prefix = "mask_decoder."
        let dimension = config.dimension
        let iouToken = store.tensor(prefix + "iou_token.weight", shape: [1, dimension])
        let maskTokens = store.tensor(prefix + "mask_tokens.weight", shape: [config.maskTokenCount, dimension])
        outputTokens = Tensor(
            shape: [config.outputTokenCount, dimension], elements: iouToken.elements + maskTokens.elements)
        transformer = TwoWayTransformer(store, config: config)
        upscaling = OutputUpscaling(store, config: config)
        let hyperWidths = [dimension, dimension, dimension, config.maskFeatureChannels]
        hypernetwork = ReLUMLP(store, prefix: prefix + "output_hypernetworks_mlps.0", widths: hyperWidths)
        for index in 1..<max(1, config.maskTokenCount) {
            _ = ReLUMLP(store, prefix: prefix + "output_hypernetworks_mlps.\(index)", widths: hyperWidths)
        }
        let hidden = [Int](repeating: config.iouHiddenDimension, count: config.iouHeadDepth - 1)
        iouHead = ReLUMLP(
            store, prefix: prefix + "iou_prediction_head", widths: [dimension] + hidden + [config.maskTokenCount])
        self.config = config
    }
}
