/// The auxiliary mask head on the `neck1` P2 map: conv 3×3 → BatchNorm → ReLU → conv 1×1 with
/// padding 1, resized bilinearly (`align_corners=True`) to the padded input.
///
/// ref: windygoo/PromptNucSeg@4afbf26 prompter/models/dpa_p2pnet.py, `DPAP2PNet.mask_head` and the
/// `pred_masks` interpolation (spec promptnucseg.md §3.5 step 8, §9.5). The 1×1 convolution's
/// padding makes the raw map (H/4 + 2) × (W/4 + 2), its outer ring equal to the bias. The
/// original's `SyncBatchNorm` is used with its running statistics (eps 1e-5).
struct AuxiliaryMaskHead: Sendable {
    /// `mask_head.0`: 3×3, padding 1, F → F.
    let convolution: Convolution
    /// `mask_head.1`: batch norm at inference.
    let norm: BatchNorm
    /// `mask_head.3`: 1×1, padding 1, F → 1.
    let logits: Convolution

    /// Binds `mask_head.{0,1,3}` (and declares `mask_head.1.num_batches_tracked` unused).
    ///
    /// - Parameters:
    ///   - weights: The checkpoint's tensors.
    ///   - config: The sizes read from the checkpoint.
    init(_ weights: WeightStore, config: PrompterConfig) {
        let width = config.pyramidWidth
        convolution = PrompterBinding.convolution(
            weights, PrompterKeys.maskConvolution, outputs: width, inputs: width, kernel: 3, padding: 1)
        let key = PrompterKeys.maskNorm
        norm = BatchNorm(
            runningMean: weights.tensor(key + ".running_mean", shape: [width]),
            runningVariance: weights.tensor(key + ".running_var", shape: [width]),
            weight: weights.tensor(key + ".weight", shape: [width]), bias: weights.tensor(key + ".bias", shape: [width])
        )
        weights.ignore(prefix: PrompterKeys.maskNormCounter)
        logits = PrompterBinding.convolution(
            weights, PrompterKeys.maskLogits, outputs: 1, inputs: width, kernel: 1, padding: 1)
    }

    /// The raw logits map before resizing.
    ///
    /// - Parameters:
    ///   - features: The `neck1` output `[F, h, w]`.
    ///   - scratch: Convolution working memory.
    /// - Returns: `[h + 2, w + 2]`.
    func rawLogits(_ features: Tensor, scratch: inout ConvolutionScratch) -> Tensor {
        var hidden = norm(convolution(features, scratch: &scratch))
        ReLU.apply(&hidden)
        let map = logits(hidden, scratch: &scratch)
        return map.reshaped([map.shape[1], map.shape[2]])
    }

    /// The logits at the padded input size.
    ///
    /// - Parameters:
    ///   - raw: `rawLogits(_:scratch:)`.
    ///   - height: The padded input height.
    ///   - width: The padded input width.
    /// - Returns: `[height, width]`; a pixel is nucleus when its logit is > 0.
    func resized(_ raw: Tensor, height: Int, width: Int) -> Tensor {
        Interpolation.bilinear(raw, height: height, width: width, alignCorners: true)
    }
}
