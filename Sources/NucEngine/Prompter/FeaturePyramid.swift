/// An mmdet feature pyramid over the four ConvNeXt stages: lateral 1×1 convolutions, a top-down
/// pass, and 3×3 output convolutions on the finest levels.
///
/// ref: windygoo/PromptNucSeg@4afbf26 prompter/models/fpn.py, `FPN.forward` (spec promptnucseg.md
/// §3.2, §9.3). All four laterals take part in the top-down pass, even when fewer levels are output:
/// for i = 3…1, lateral[i−1] += nearest(lateral[i]) resized to lateral[i−1]'s size with the legacy
/// rule src = ⌊dst·in/out⌋ (Kumar's 63 → 31 levels depend on it). The prompter has two: `neck`
/// (L outputs) and `neck1` (one output, for the auxiliary mask head).
struct FeaturePyramid: Sendable {
    /// `lateral_convs.{0…3}.conv`: 1×1 convolutions to the pyramid width.
    let laterals: [Convolution]
    /// `fpn_convs.{0…outputs−1}.conv`: 3×3 convolutions, padding 1.
    let outputs: [Convolution]

    /// Binds `backbone.<neck>.lateral_convs.*` and `backbone.<neck>.fpn_convs.*`.
    ///
    /// - Parameters:
    ///   - weights: The checkpoint's tensors.
    ///   - neck: `neck` or `neck1`.
    ///   - config: The sizes read from the checkpoint.
    ///   - levels: How many output convolutions this neck has.
    init(_ weights: WeightStore, neck: String, config: PrompterConfig, levels: Int) {
        let width = config.pyramidWidth
        laterals = config.widths.indices.map { index in
            PrompterBinding.convolution(
                weights, PrompterKeys.lateral(neck, index), outputs: width, inputs: config.widths[index], kernel: 1)
        }
        outputs = (0..<levels).map { index in
            PrompterBinding.convolution(
                weights, PrompterKeys.output(neck, index), outputs: width, inputs: width, kernel: 3, padding: 1)
        }
    }

    /// The pyramid's output levels.
    ///
    /// - Parameters:
    ///   - features: The four backbone stage outputs, finest first.
    ///   - scratch: Convolution working memory.
    /// - Returns: `[F, H_i, W_i]` for each output level, finest first.
    func callAsFunction(_ features: [Tensor], scratch: inout ConvolutionScratch) -> [Tensor] {
        var merged = zip(laterals, features).map { lateral, feature in lateral(feature, scratch: &scratch) }
        for level in stride(from: merged.count - 1, to: 0, by: -1) {
            let target = merged[level - 1].shape
            let upsampled = Interpolation.nearest(merged[level], height: target[1], width: target[2])
            merged[level - 1].elements.withUnsafeMutableBufferPointer { values in
                for index in values.indices { values[index] += upsampled.elements[index] }
            }
        }
        return outputs.indices.map { level in outputs[level](merged[level], scratch: &scratch) }
    }
}
