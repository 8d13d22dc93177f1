/// A transposed convolution whose kernel equals its stride (PyTorch `nn.ConvTranspose2d(Cin, Cout,
/// k, stride: k)`, padding 0), as one GEMM and a scatter: the SAM mask decoder's 2×2 upscaling.
///
/// Input pixel (y, x) alone feeds output block (k·y…k·y+k−1, k·x…k·x+k−1), so
/// `blocks (Cout·k·k × HW) = weightᵀ (Cout·k·k × Cin) · input (Cin × HW)` followed by moving each
/// block entry to its output position and adding the bias. Results agree with PyTorch within ~1e-6
/// relative (different reduction order).
public struct TransposedConvolution: Sendable {
    /// The kernel `[Cin, Cout, k, k]` (PyTorch layout).
    public let weight: Tensor
    /// The per-output-channel bias `[Cout]`, or nil.
    public let bias: Tensor?

    /// Creates the layer from PyTorch-layout parameters; the stride is the kernel size.
    ///
    /// - Parameters:
    ///   - weight: The kernel `[Cin, Cout, k, k]`.
    ///   - bias: The bias `[Cout]`, or nil.
    public init(weight: Tensor, bias: Tensor?) {
        precondition(
            weight.rank == 4 && weight.shape[2] == weight.shape[3],
            "transposed-convolution weight must be [Cin, Cout, k, k], got \(weight.shape)")
        precondition(bias.map { $0.shape == [weight.shape[1]] } ?? true, "bias shape must be [\(weight.shape[1])]")
        self.weight = weight
        self.bias = bias
    }

    /// Upsamples one image `[Cin, H, W]` or a batch `[N, Cin, H, W]`.
    ///
    /// - Parameters:
    ///   - input: The images; Cin must match the weight.
    ///   - scratch: Working memory for one image's GEMM result, reused across calls.
    /// - Returns: `[Cout, k·H, k·W]`, or `[N, Cout, k·H, k·W]` for a batch.
    /// - Complexity: O(N · Cin · Cout·k² · HW) multiply-adds in N GEMMs.
    public func callAsFunction(_ input: Tensor, scratch: inout ConvolutionScratch) -> Tensor {
        let (inputs, outputs, kernel) = (weight.shape[0], weight.shape[1], weight.shape[2])
        precondition(
            (input.rank == 3 || input.rank == 4) && input.shape[input.rank - 3] == inputs,
            "transposed-convolution input \(input.shape) for weight \(weight.shape)")
        let batch = input.rank == 4 ? input.shape[0] : 1
        let (height, width) = (input.shape[input.rank - 2], input.shape[input.rank - 1])
        let pixels = height * width
        let rows = outputs * kernel * kernel
        let imageSize = outputs * kernel * kernel * pixels
        var output = [Float](repeating: 0, count: batch * imageSize)
        input.elements.withUnsafeBufferPointer { source in
            weight.elements.withUnsafeBufferPointer { taps in
                output.withUnsafeMutableBufferPointer { result in
                    guard let source = source.baseAddress, let taps = taps.baseAddress,
                        let result = result.baseAddress
                    else { return }
                    scratch.withBuffer(count: rows * pixels) { blocks in
                        for image in 0..<batch {
                            GEMM.multiply(
                                transposeA: true, m: rows, n: pixels, k: inputs, a: taps, lda: rows,
                                b: source + image * inputs * pixels, ldb: pixels, c: blocks, ldc: pixels)
                            scatter(
                                blocks, height: height, width: width, kernel: kernel, into: result + image * imageSize)
                        }
                    }
                }
            }
        }
        let shape = [outputs, kernel * height, kernel * width]
        return Tensor(shape: input.rank == 4 ? [batch] + shape : shape, elements: output)
    }

    /// Moves block row `(cout, dy, dx)`, column `(y, x)` to output `[cout, k·y + dy, k·x + dx]`, plus bias.
    private func scatter(
        _ blocks: UnsafePointer<Float>, height: Int, width: Int, kernel: Int, into output: UnsafeMutablePointer<Float>
    ) {
        let outputs = weight.shape[1]
        let outputWidth = kernel * width
        ParallelLoop.forEachChunk(of: outputs) { range in
            for channel in range {
                let offset = bias?.elements[channel] ?? 0
                for dy in 0..<kernel {
                    for dx in 0..<kernel {
                        let block = blocks + ((channel * kernel + dy) * kernel + dx) * height * width
                        for y in 0..<height {
                            let target = output + (channel * kernel * height + kernel * y + dy) * outputWidth + dx
                            let source = block + y * width
                            for x in 0..<width { target[kernel * x] = source[x] + offset }
                        }
                    }
                }
            }
        }
    }
}
