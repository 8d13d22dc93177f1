/// A depthwise 2-D convolution with stride 1, PyTorch `nn.Conv2d(C, C, k, padding: p, groups: C)`,
/// as a direct loop (ConvNeXt's 7×7, padding 3).
///
/// Each channel is copied into a zero-bordered plane; each output starts at the bias and adds the
/// `kh·kw` taps times the shifted input in row-major tap order, 16, 8, 4 and then 1 outputs of a row
/// at a time (`DepthwiseGeometry`). Channels are split across threads and every output is summed by one thread
/// in the same order, so the bits do not depend on the thread count. The summation order differs
/// from PyTorch's, so results agree within ~1e-6 relative.
public struct DepthwiseConvolution: Sendable {
    /// The kernel `[C, 1, kh, kw]` (PyTorch layout).
    public let weight: Tensor
    /// The per-channel bias `[C]`, or nil.
    public let bias: Tensor?
    /// The zero padding added on every side.
    public let padding: Int

    /// Creates a depthwise convolution from PyTorch-layout parameters.
    ///
    /// - Parameters:
    ///   - weight: The kernel `[C, 1, kh, kw]`.
    ///   - bias: The bias `[C]`, or nil.
    ///   - padding: Zero padding on each side (≥ 0).
    public init(weight: Tensor, bias: Tensor?, padding: Int) {
        precondition(
            weight.rank == 4 && weight.shape[1] == 1, "depthwise weight must be [C, 1, kh, kw], got \(weight.shape)")
        precondition(bias.map { $0.shape == [weight.shape[0]] } ?? true, "bias shape must be [\(weight.shape[0])]")
        precondition(padding >= 0, "padding \(padding)")
        self.weight = weight
        self.bias = bias
        self.padding = padding
    }

    /// Convolves each channel of one image with its own kernel.
    ///
    /// - Parameter input: The image `[C, H, W]`; C must match the weight.
    /// - Returns: The feature map `[C, H + 2p − kh + 1, W + 2p − kw + 1]`.
    /// - Complexity: O(C · kh·kw · H'W') multiply-adds.
    public func callAsFunction(_ input: Tensor) -> Tensor {
        let (channels, kernelHeight, kernelWidth) = (weight.shape[0], weight.shape[2], weight.shape[3])
        precondition(
            input.rank == 3 && input.shape[0] == channels, "depthwise input \(input.shape) for weight \(weight.shape)")
        let (inputHeight, inputWidth) = (input.shape[1], input.shape[2])
        let height = inputHeight + 2 * padding - kernelHeight + 1
        let width = inputWidth + 2 * padding - kernelWidth + 1
        precondition(height >= 1 && width >= 1, "input \(input.shape) too small for kernel \(weight.shape)")
        var output = [Float](repeating: 0, count: channels * height * width)
        let geometry = DepthwiseGeometry(
            inputHeight: inputHeight, inputWidth: inputWidth, kernelHeight: kernelHeight, kernelWidth: kernelWidth,
            padding: padding, outputHeight: height, outputWidth: width)
        input.elements.withUnsafeBufferPointer { source in
            weight.elements.withUnsafeBufferPointer { kernel in
                output.withUnsafeMutableBufferPointer { result in
                    guard let source = source.baseAddress, let kernel = kernel.baseAddress,
                        let result = result.baseAddress
                    else { return }
                    ParallelLoop.forEachChunk(of: channels) { range in
                        withUnsafeTemporaryAllocation(of: Float.self, capacity: geometry.paddedCount) { padded in
                            guard let padded = padded.baseAddress else { return }
                            for channel in range {
                                geometry.convolve(
                                    source + channel * inputHeight * inputWidth,
                                    taps: kernel + channel * kernelHeight * kernelWidth,
                                    bias: bias?.elements[channel] ?? 0, padded: padded,
                                    into: result + channel * height * width)
                            }
                        }
                    }
                }
            }
        }
        return Tensor(shape: [channels, height, width], elements: output)
    }
}
