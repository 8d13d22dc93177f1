/// The prompter's ConvNeXt backbone without head: a patchify stem and four stages, returning each
/// stage's output (strides 4, 8, 16, 32).
///
/// ref: windygoo/PromptNucSeg@4afbf26 prompter/timm/models/convnext.py, `ConvNeXt.forward_features`
/// (timm 0.6.13 with the head removed; spec promptnucseg.md §3.1): stem conv 4×4 stride 4 +
/// LayerNorm2d; stages 1–3 open with LayerNorm2d + conv 2×2 stride 2; no final norm.
struct ConvNeXt: Sendable {
    /// A stage: an optional downsample and its blocks.
    struct Stage: Sendable {
        /// `downsample.0` (LayerNorm2d) and `downsample.1` (conv 2×2 stride 2); nil for stage 0.
        let downsample: (norm: ChannelLayerNorm, convolution: Convolution)?
        /// `blocks.{j}`.
        let blocks: [ConvNeXtBlock]
    }

    /// `stem.0`: conv 4×4 stride 4.
    let stem: Convolution
    /// `stem.1`: LayerNorm2d.
    let stemNorm: ChannelLayerNorm
    /// `stages.{0…3}`.
    let stages: [Stage]

    /// Binds every `backbone.backbone.` tensor.
    ///
    /// - Parameters:
    ///   - weights: The checkpoint's tensors.
    ///   - config: The sizes read from the checkpoint.
    init(_ weights: WeightStore, config: PrompterConfig) {
        let widths = config.widths
        stem = PrompterBinding.convolution(
            weights, PrompterKeys.stemConvolution, outputs: widths[0], inputs: 3, kernel: 4, stride: 4)
        stemNorm = PrompterBinding.channelNorm(weights, PrompterKeys.stemNorm, width: widths[0])
        stages = (0..<PrompterConfig.stageCount).map { stage in
            let downsample =
                stage == 0
                ? nil
                : (
                    norm: PrompterBinding.channelNorm(
                        weights, PrompterKeys.downsampleNorm(stage), width: widths[stage - 1]),
                    convolution: PrompterBinding.convolution(
                        weights, PrompterKeys.downsampleConvolution(stage), outputs: widths[stage],
                        inputs: widths[stage - 1], kernel: 2, stride: 2)
                )
            let blocks = (0..<config.depths[stage]).map { block in
                ConvNeXtBlock(weights, prefix: PrompterKeys.block(stage, block), width: widths[stage])
            }
            return Stage(downsample: downsample, blocks: blocks)
        }
    }

    /// The four stage outputs of a normalised image.
    ///
    /// - Parameters:
    ///   - image: `[3, H, W]`; each stride-2 step floors odd sizes as PyTorch does.
    ///   - scratch: Convolution working memory.
    /// - Returns: `[D_i, H_i, W_i]` for i = 0…3 with H_0 = ⌊H/4⌋ and H_(i+1) = ⌊H_i/2⌋.
    func features(_ image: Tensor, scratch: inout ConvolutionScratch) -> [Tensor] {
        var x = stemNorm(stem(image, scratch: &scratch))
        var outputs: [Tensor] = []
        for stage in stages {
            if let downsample = stage.downsample {
                x = downsample.convolution(downsample.norm(x), scratch: &scratch)
            }
            for block in stage.blocks { x = block(x) }
            outputs.append(x)
        }
        return outputs
    }
}
