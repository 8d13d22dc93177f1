/// Binds the prompter's generic layers from a checkpoint by PyTorch module key.
///
/// Each function asks the `WeightStore` for `prefix.weight` (and `prefix.bias`) with the shape the
/// configuration implies, so a missing or mis-shaped tensor is recorded there and listed by `finish()`.
enum PrompterBinding {
    /// A `Conv2d` with bias: `prefix.weight` `[outputs, inputs, kernel, kernel]`, `prefix.bias` `[outputs]`.
    ///
    /// - Parameters:
    ///   - weights: The checkpoint's tensors.
    ///   - prefix: The module key.
    ///   - outputs: Output channels.
    ///   - inputs: Input channels.
    ///   - kernel: The square kernel side.
    ///   - stride: The window step.
    ///   - padding: Zero padding on each side.
    /// - Returns: The convolution.
    static func convolution(
        _ weights: WeightStore, _ prefix: String, outputs: Int, inputs: Int, kernel: Int, stride: Int = 1,
        padding: Int = 0
    ) -> Convolution {
        Convolution(
            weight: weights.tensor(prefix + ".weight", shape: [outputs, inputs, kernel, kernel]),
            bias: weights.tensor(prefix + ".bias", shape: [outputs]), stride: stride, padding: padding)
    }

    /// A timm `LayerNorm2d` or ConvNeXt block `LayerNorm` (eps 1e-6) over `width` channels.
    ///
    /// - Parameters:
    ///   - weights: The checkpoint's tensors.
    ///   - prefix: The module key.
    ///   - width: The channel count.
    /// - Returns: The normalisation over the channel axis of a `[C, H, W]` map.
    static func channelNorm(_ weights: WeightStore, _ prefix: String, width: Int) -> ChannelLayerNorm {
        ChannelLayerNorm(
            weight: weights.tensor(prefix + ".weight", shape: [width]),
            bias: weights.tensor(prefix + ".bias", shape: [width]), epsilon: 1e-6)
    }
}
