/// PromptNucSeg's prompter, DPA-P2PNet with an auxiliary mask head: nucleus point proposals with
/// class logits, and a foreground-mask logit map, from one whole image.
///
/// ref: windygoo/PromptNucSeg@4afbf26 prompter/models/dpa_p2pnet.py, `DPAP2PNet` and `Backbone`
/// (spec promptnucseg.md §3). Weights are bound once, strictly (every key used, none missing or
/// mis-shaped), and never change; a pass allocates its own scratch, so one prompter can serve
/// several threads.
public struct Prompter: Sendable {
    /// The sizes read from the checkpoint.
    public let config: PrompterConfig
    /// `backbone.backbone`.
    let backbone: ConvNeXt
    /// `backbone.neck` (L outputs).
    let detectionNeck: FeaturePyramid
    /// `backbone.neck1` (one output).
    let maskNeck: FeaturePyramid
    /// `deform_layer`, `conv`, `reg_head`, `cls_head`.
    let heads: ProposalHead
    /// `mask_head`.
    let maskHead: AuxiliaryMaskHead

    /// Infers the configuration from tensor shapes, binds every tensor, and checks that none is left over.
    ///
    /// - Parameter weights: The checkpoint's tensors (its `'model'` state dict).
    /// - Throws: `InputError` naming the checkpoint when a defining tensor is absent, or listing every
    ///   missing, mis-shaped and unexpected key.
    public init(_ weights: WeightStore) throws {
        let config = try PrompterConfig.inferred(from: weights)
        self.config = config
        backbone = ConvNeXt(weights, config: config)
        detectionNeck = FeaturePyramid(weights, neck: PrompterKeys.detectionNeck, config: config, levels: config.levels)
        maskNeck = FeaturePyramid(weights, neck: PrompterKeys.maskNeck, config: config, levels: 1)
        heads = ProposalHead(weights, config: config)
        maskHead = AuxiliaryMaskHead(weights, config: config)
        try weights.finish()
    }

    /// Reads a checkpoint and binds it.
    ///
    /// - Parameter path: A prompter `best.pth`/`latest.pth` (`{'model': state_dict, …}`).
    /// - Returns: The prompter.
    /// - Throws: `InputError` naming the file when it cannot be read or is not a prompter checkpoint.
    public static func load(checkpoint path: String) throws -> Prompter {
        try Prompter(WeightStore(checkpoint: path))
    }

    /// Runs the network on an image.
    ///
    /// - Parameters:
    ///   - image: The RGB image at its original size.
    ///   - spacing: The anchor spacing λ (8 for PanNuke, 16 for Kumar and CPM-17).
    /// - Returns: Proposals, logits and auxiliary mask logits.
    /// - Throws: `InputError` when the image cannot be padded to a multiple of λ.
    public func callAsFunction(_ image: RGBImage, spacing: Int) throws -> PrompterOutput {
        let input = try PrompterInput.tensor(from: image, spacing: spacing)
        let (proposals, logits, auxiliary) = run(input, spacing: spacing)
        return PrompterOutput(
            proposals: proposals, logits: logits, auxiliaryLogits: auxiliary, imageHeight: image.height,
            imageWidth: image.width)
    }

    /// The network on a normalised, padded input.
    ///
    /// - Parameters:
    ///   - input: `[3, H, W]`, H and W multiples of `spacing`.
    ///   - spacing: λ.
    /// - Returns: `pred_coords` `[M, 2]`, `pred_logits` `[M, C+1]` and `pred_masks` `[H, W]`.
    func run(_ input: Tensor, spacing: Int) -> (proposals: Tensor, logits: Tensor, auxiliary: Tensor) {
        var scratch = ConvolutionScratch()
        let features = backbone.features(input, scratch: &scratch)
        let levels = detectionNeck(features, scratch: &scratch)
        let anchors = AnchorGrid(height: input.shape[1], width: input.shape[2], spacing: spacing)
        let points = heads(levels: levels, anchors: anchors, scratch: &scratch)
        let mask = maskHead.rawLogits(maskNeck(features, scratch: &scratch)[0], scratch: &scratch)
        return (
            points.proposals, points.logits, maskHead.resized(mask, height: input.shape[1], width: input.shape[2])
        )
    }
}
