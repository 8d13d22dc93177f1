/// Layer normalisation over the channel axis of a channels-first map (`LayerNorm2d`): each pixel's
/// C values are normalised by their own mean and (biased) variance, then scaled and shifted per channel.
///
/// Follows segment-anything 1.0 `modeling/common.py` `LayerNorm2d.forward` (lines 37–43) step by
/// step: u = mean_c x, s = mean_c (x − u)², y = weight · ((x − u) / √(s + eps)) + bias, each mean a
/// float sum in channel order divided by C. It is not bit-identical to PyTorch, whose channel sum
/// interleaves partial sums (SumKernel.cpp `row_sum`) and whose float `sqrt` (MKL) is often 1 ulp
/// above the correctly rounded root; results agree within ~2e-7 relative. The SAM neck and mask
/// decoder and the prompter's ConvNeXt (timm `LayerNorm2d`, i.e. `F.layer_norm` on the permuted map,
/// same bound) use it. Pixels are split across threads, each computed by one thread, so the bits do
/// not depend on the thread count.
public struct ChannelLayerNorm: Sendable {
    /// The per-channel scale `[C]`.
    public let weight: Tensor
    /// The per-channel shift `[C]`.
    public let bias: Tensor
    /// Added to the variance (1e-6 in SAM and ConvNeXt).
    public let epsilon: Float

    /// Creates the layer.
    ///
    /// - Parameters:
    ///   - weight: `weight` `[C]`.
    ///   - bias: `bias` `[C]`.
    ///   - epsilon: Added to the variance.
    public init(weight: Tensor, bias: Tensor, epsilon: Float) {
        precondition(weight.rank == 1 && bias.shape == weight.shape, "layer-norm weight and bias must be [C]")
        self.weight = weight
        self.bias = bias
        self.epsilon = epsilon
    }

    /// Normalises every pixel of `x` over its channels.
    ///
    /// - Parameter x: A map `[C, H, W]` or batch `[N, C, H, W]` with C channels.
    /// - Returns: The normalised map, same shape.
    /// - Complexity: O(C·H·W) with three passes over the channels.
    public func callAsFunction(_ x: Tensor) -> Tensor {
        let channels = weight.count
        precondition(
            (x.rank == 3 || x.rank == 4) && x.shape[x.rank - 3] == channels,
            "layer-norm input \(x.shape) for \(channels) channels")
        let plane = x.shape[x.rank - 2] * x.shape[x.rank - 1]
        let images = x.count / (channels * plane)
        var output = [Float](repeating: 0, count: x.count)
        x.elements.withUnsafeBufferPointer { source in
            weight.elements.withUnsafeBufferPointer { scale in
                bias.elements.withUnsafeBufferPointer { shift in
                    output.withUnsafeMutableBufferPointer { result in
                        guard let source = source.baseAddress, let result = result.baseAddress,
                            let scale = scale.baseAddress, let shift = shift.baseAddress
                        else { return }
                        for image in 0..<images {
                            let offset = image * channels * plane
                            ParallelLoop.forEachChunk(of: plane, minimumChunk: 256) { pixels in
                                normalize(
                                    source + offset, into: result + offset, pixels: pixels, plane: plane,
                                    scale: scale, shift: shift)
                            }
                        }
                    }
                }
            }
        }
        return Tensor(shape: x.shape, elements: output)
    }

    /// Normalises the pixels `pixels` of one image; the loops run along pixels so they vectorise.
    private func normalize(
        _ source: UnsafePointer<Float>, into result: UnsafeMutablePointer<Float>, pixels: Range<Int>, plane: Int,
        scale: UnsafePointer<Float>, shift: UnsafePointer<Float>
    ) {
        let channels = weight.count
        let count = Float(channels)
        let first = pixels.lowerBound
        var mean = [Float](repeating: 0, count: pixels.count)
        var deviation = [Float](repeating: 0, count: pixels.count)
        for channel in 0..<channels {
            let row = source + channel * plane + first
            for index in 0..<pixels.count { mean[index] += row[index] }
        }
        for index in 0..<pixels.count { mean[index] /= count }
        for channel in 0..<channels {
            let row = source + channel * plane + first
            for index in 0..<pixels.count {
                let centered = row[index] - mean[index]
                deviation[index] += centered * centered
            }
        }
        for index in 0..<pixels.count { deviation[index] = (deviation[index] / count + epsilon).squareRoot() }
        for channel in 0..<channels {
            let row = source + channel * plane + first
            let target = result + channel * plane + first
            let (alpha, beta) = (scale[channel], shift[channel])
            for index in 0..<pixels.count {
                target[index] = alpha * ((row[index] - mean[index]) / deviation[index]) + beta
            }
        }
    }
}
