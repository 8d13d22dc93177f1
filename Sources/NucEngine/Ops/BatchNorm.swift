/// Inference batch normalisation over the channel axis, PyTorch `nn.BatchNorm2d` in eval mode
/// (PromptNucSeg's mask-head `SyncBatchNorm`, eps 1e-5).
///
/// As PyTorch's CPU kernel (aten/src/ATen/native/cpu/batch_norm_kernel.cpp,
/// `batch_norm_cpu_collect_linear_and_constant_terms`) it folds the statistics once into
/// α = weight / √(var + eps) and β = bias − mean · α, then computes y = x · α + β.
public struct BatchNorm: Sendable {
    /// The per-channel scale α.
    let scale: [Float]
    /// The per-channel offset β.
    let offset: [Float]

    /// Folds the running statistics and affine parameters.
    ///
    /// - Parameters:
    ///   - runningMean: `running_mean` `[C]`.
    ///   - runningVariance: `running_var` `[C]`.
    ///   - weight: `weight` `[C]`.
    ///   - bias: `bias` `[C]`.
    ///   - epsilon: Added to the variance (PyTorch's default 1e-5).
    public init(runningMean: Tensor, runningVariance: Tensor, weight: Tensor, bias: Tensor, epsilon: Float = 1e-5) {
        let channels = runningMean.count
        precondition(
            [runningVariance, weight, bias].allSatisfy { $0.shape == [channels] } && runningMean.shape == [channels],
            "batch-norm parameters must all be [C]")
        let scale = (0..<channels).map { channel in
            1 / (runningVariance.elements[channel] + epsilon).squareRoot() * weight.elements[channel]
        }
        self.scale = scale
        offset = (0..<channels).map { channel in
            bias.elements[channel].addingProduct(-runningMean.elements[channel], scale[channel])
        }
    }

    /// Normalises `x` in place.
    ///
    /// - Parameter x: A feature map `[C, H, W]` or batch `[N, C, H, W]` with C channels.
    public func apply(_ x: inout Tensor) {
        let channels = scale.count
        precondition(
            (x.rank == 3 || x.rank == 4) && x.shape[x.rank - 3] == channels,
            "batch-norm input \(x.shape) for \(channels) channels")
        let plane = x.shape[x.rank - 2] * x.shape[x.rank - 1]
        let planes = x.count / plane
        x.elements.withUnsafeMutableBufferPointer { values in
            for index in 0..<planes {
                let (alpha, beta) = (scale[index % channels], offset[index % channels])
                for position in (index * plane)..<((index + 1) * plane) {
                    values[position] = beta.addingProduct(values[position], alpha)
                }
            }
        }
    }

    /// The normalised copy of `x`.
    ///
    /// - Parameter x: A feature map `[C, H, W]` or batch `[N, C, H, W]`.
    /// - Returns: x · α + β per channel.
    public func callAsFunction(_ x: Tensor) -> Tensor {
        var result = x
        apply(&result)
        return result
    }
}
