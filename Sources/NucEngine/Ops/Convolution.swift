/// A dense 2-D convolution, PyTorch `nn.Conv2d` with groups 1 and batch 1, as im2col + one GEMM.
///
/// The input `[C, H, W]` is unfolded into a `(C·kh·kw) × (H'·W')` matrix (rows ordered like the
/// weight's `(c, ky, kx)`, zero where the window leaves the padded border), then
/// `output (O × H'W') = weight (O × C·kh·kw) · columns (+ bias)`, in bands of output rows so the
/// unfolded matrix stays within `columnBudget`. A 1×1 convolution with stride 1 and no padding
/// multiplies the input directly. The GEMM (`GEMM.multiply`) reassociates the reduction differently
/// from PyTorch's oneDNN kernels, so results agree within ~1e-6 relative.
public struct Convolution: Sendable {
    /// The kernel `[O, C, kh, kw]` (PyTorch layout).
    public let weight: Tensor
    /// The per-output-channel bias `[O]`, or nil.
    public let bias: Tensor?
    /// The step between windows, in both directions.
    public let stride: Int
    /// The zero padding added on every side.
    public let padding: Int
    /// The most floats one band's column matrix may take (16 MiB by default).
    let columnBudget: Int

    /// Creates a convolution from PyTorch-layout parameters.
    ///
    /// - Parameters:
    ///   - weight: The kernel `[O, C, kh, kw]`.
    ///   - bias: The bias `[O]`, or nil.
    ///   - stride: The window step (≥ 1).
    ///   - padding: Zero padding on each side (≥ 0).
    public init(weight: Tensor, bias: Tensor?, stride: Int = 1, padding: Int = 0) {
        self.init(weight: weight, bias: bias, stride: stride, padding: padding, columnBudget: 1 << 22)
    }

    /// Creates a convolution whose column matrix is unfolded in bands of at most `columnBudget` floats.
    ///
    /// - Parameters:
    ///   - weight: The kernel `[O, C, kh, kw]`.
    ///   - bias: The bias `[O]`, or nil.
    ///   - stride: The window step (≥ 1).
    ///   - padding: Zero padding on each side (≥ 0).
    ///   - columnBudget: The band size limit, in floats (at least one output row is always unfolded).
    init(weight: Tensor, bias: Tensor?, stride: Int, padding: Int, columnBudget: Int) {
        precondition(weight.rank == 4, "convolution weight must be [O, C, kh, kw], got \(weight.shape)")
        precondition(bias.map { $0.shape == [weight.shape[0]] } ?? true, "bias shape must be [\(weight.shape[0])]")
        precondition(stride >= 1 && padding >= 0, "stride \(stride) and padding \(padding)")
        self.weight = weight
        self.bias = bias
        self.stride = stride
        self.padding = padding
        self.columnBudget = columnBudget
    }

    /// The output extent along an axis of input extent `size` and kernel extent `kernel`.
    func outputExtent(_ size: Int, kernel: Int) -> Int { (size + 2 * padding - kernel) / stride + 1 }

    /// Convolves one image.
    ///
    /// - Parameters:
    ///   - input: The image `[C, H, W]`; C must match the weight, and the padded size must hold the kernel.
    ///   - scratch: Working memory for the unfolded input, reused across calls.
    /// - Returns: The feature map `[O, H', W']` with H' = ⌊(H + 2p − kh)/s⌋ + 1, likewise W'.
    /// - Complexity: O(O · C·kh·kw · H'W') multiply-adds in one GEMM, plus O(C·kh·kw · H'W') copies.
    public func callAsFunction(_ input: Tensor, scratch: inout ConvolutionScratch) -> Tensor {
        let (outputs, channels, kernelHeight, kernelWidth) = (
            weight.shape[0], weight.shape[1], weight.shape[2], weight.shape[3]
        )
        precondition(
            input.rank == 3 && input.shape[0] == channels, "convolution input \(input.shape) for weight \(weight.shape)"
        )
        let height = outputExtent(input.shape[1], kernel: kernelHeight)
        let width = outputExtent(input.shape[2], kernel: kernelWidth)
        precondition(height >= 1 && width >= 1, "input \(input.shape) too small for kernel \(weight.shape)")
        let reduction = channels * kernelHeight * kernelWidth
        let pixels = height * width
        // With a bias, each output row starts at it and the GEMM accumulates (beta 1).
        var output = [Float](repeating: 0, count: outputs * pixels)
        if let bias {
            output.withUnsafeMutableBufferPointer { result in
                for channel in 0..<outputs {
                    UnsafeMutableBufferPointer(rebasing: result[(channel * pixels)..<((channel + 1) * pixels)])
                        .update(repeating: bias.elements[channel])
                }
            }
        }
        let direct = kernelHeight == 1 && kernelWidth == 1 && stride == 1 && padding == 0
        let geometry = Unfolding(
            channels: channels, inputHeight: input.shape[1], inputWidth: input.shape[2], kernelHeight: kernelHeight,
            kernelWidth: kernelWidth, stride: stride, padding: padding, outputHeight: height, outputWidth: width)
        input.elements.withUnsafeBufferPointer { source in
            weight.elements.withUnsafeBufferPointer { kernel in
                output.withUnsafeMutableBufferPointer { result in
                    guard let source = source.baseAddress, let kernel = kernel.baseAddress,
                        let result = result.baseAddress
                    else { return }
                    let beta: Float = bias == nil ? 0 : 1
                    guard !direct else {
                        GEMM.multiply(
                            m: outputs, n: pixels, k: reduction, a: kernel, lda: reduction, b: source, ldb: pixels,
                            beta: beta, c: result, ldc: pixels)
                        return
                    }
                    // Bands of output rows bound the column matrix (a 3×3, 256-channel conv on Kumar's
                    // 252×252 P2 map would otherwise unfold to 585 MB).
                    let bandHeight = max(1, min(height, columnBudget / (reduction * width)))
                    scratch.withBuffer(count: reduction * bandHeight * width) { columns in
                        for first in Swift.stride(from: 0, to: height, by: bandHeight) {
                            let band = first..<min(height, first + bandHeight)
                            geometry.unfold(source, band: band, into: columns)
                            GEMM.multiply(
                                m: outputs, n: band.count * width, k: reduction, a: kernel, lda: reduction, b: columns,
                                ldb: band.count * width, beta: beta, c: result + first * width, ldc: pixels)
                        }
                    }
                }
            }
        }
        return Tensor(shape: [outputs, height, width], elements: output)
    }
}
