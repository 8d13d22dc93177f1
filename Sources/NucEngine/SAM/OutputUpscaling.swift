/// The mask decoder's output upscaling: ConvTranspose2d(C, C/4, 2, 2) → LayerNorm2d (eps 1e-6) →
/// GELU → ConvTranspose2d(C/4, C/8, 2, 2) → GELU, on channel-last feature maps.
///
/// A 2×2 stride-2 transposed convolution writes each input pixel to its own 2×2 output block, so it
/// is one GEMM, `X (pixels, Cin) · W (Cin, 4·Cout)`, then a scatter of each pixel's four Cout-wide
/// slices into the doubled grid. The weights are laid out at load time as (Cin, dy, dx, Cout).
/// ref: segment-anything 1.0 `modeling/mask_decoder.py` lines 51–57 (`output_upscaling`) and
/// `modeling/common.py` lines 28–43 (`LayerNorm2d`, which normalises over channels at each pixel).
struct OutputUpscaling: Sendable {
    /// `output_upscaling.0`, as (C, 4·C/4) with columns (dy, dx, cout).
    let firstWeight: Tensor
    /// `output_upscaling.0.bias` (C/4).
    let firstBias: Tensor
    /// `output_upscaling.1` (LayerNorm2d over channels).
    let norm: LayerNorm
    /// `output_upscaling.3`, as (C/4, 4·C/8) with columns (dy, dx, cout).
    let secondWeight: Tensor
    /// `output_upscaling.3.bias` (C/8).
    let secondBias: Tensor

    /// Binds `mask_decoder.output_upscaling.{0,1,3}`.
    ///
    /// - Parameters:
    ///   - store: The checkpoint.
    ///   - config: The decoder sizes.
    init(_ store: WeightStore, config: MaskDecoderConfig) {
        let prefix = "mask_decoder.output_upscaling."
        let (dimension, middle, last) = (config.dimension, config.upscaledChannels, config.maskFeatureChannels)
        firstWeight = Self.blockLayout(store.tensor(prefix + "0.weight", shape: [dimension, middle, 2, 2]))
        firstBias = store.tensor(prefix + "0.bias", shape: [middle])
        norm = LayerNorm(store, prefix: prefix + "1", dim: middle, eps: 1e-6)
        secondWeight = Self.blockLayout(store.tensor(prefix + "3.weight", shape: [middle, last, 2, 2]))
        secondBias = store.tensor(prefix + "3.bias", shape: [last])
    }

    /// PyTorch's (Cin, Cout, 2, 2) transposed-convolution weight as a (Cin, 4·Cout) matrix with
    /// columns ordered (dy, dx, cout).
    static func blockLayout(_ weight: Tensor) -> Tensor {
        let (inputs, outputs) = (weight.shape[0], weight.shape[1])
        var result = Tensor(zeros: [inputs, 4 * outputs])
        for input in 0..<inputs {
            for output in 0..<outputs {
                for tap in 0..<4 {
                    result.elements[input * 4 * outputs + tap * outputs + output] =
                        weight.elements[(input * outputs + output) * 4 + tap]
                }
            }
        }
        return result
    }

    /// Upscales `images` channel-last grids of side `side` to side `4·side`.
    ///
    /// - Parameters:
    ///   - images: The number of feature maps.
    ///   - side: The input grid side (16).
    ///   - workspace: Holds the input in `keys` (images·side², C) and receives the output from `keys`
    ///     on, as (images, 4·side, 4·side, C/8) spanning `keys` and `keysWithPE`.
    func apply(images: Int, side: Int, workspace: MaskDecoderWorkspace) {
        let pixels = side * side
        let (inputs, middle, last) = (firstWeight.shape[0], norm.dim, secondBias.count)
        Self.multiply(
            rows: images * pixels, inputs: inputs, weight: firstWeight, input: workspace.keys,
            output: workspace.keysWithPE)
        ParallelLoop.forEachChunk(of: images) { range in
            let start = workspace.keys + range.lowerBound * 4 * pixels * middle
            Self.scatter(
                blocks: workspace.keysWithPE, images: range, side: side, channels: middle, bias: firstBias,
                into: workspace.keys)
            norm.apply(
                rows: range.count * 4 * pixels, input: start, inputStride: middle, output: start, outputStride: middle)
            GELU.apply(start, count: range.count * 4 * pixels * middle)
        }
        Self.multiply(
            rows: images * 4 * pixels, inputs: middle, weight: secondWeight, input: workspace.keys,
            output: workspace.projections)
        ParallelLoop.forEachChunk(of: images) { range in
            Self.scatter(
                blocks: workspace.projections, images: range, side: 2 * side, channels: last, bias: secondBias,
                into: workspace.keys)
            GELU.apply(workspace.keys + range.lowerBound * 16 * pixels * last, count: range.count * 16 * pixels * last)
        }
    }

    /// `output = input · weight` for a (rows, inputs) input and an (inputs, 4·Cout) block-layout weight.
    private static func multiply(
        rows: Int, inputs: Int, weight: Tensor, input: UnsafePointer<Float>, output: UnsafeMutablePointer<Float>
    ) {
        let columns = weight.shape[1]
        weight.elements.withUnsafeBufferPointer { weight in
            guard let weight = weight.baseAddress else { return }
            GEMM.multiply(
                m: rows, n: columns, k: inputs, a: input, lda: inputs, b: weight, ldb: columns, c: output, ldc: columns)
        }
    }

    /// Moves each input pixel's (dy, dx, channel) block to its 2×2 output pixels, adding the bias.
    private static func scatter(
        blocks: UnsafePointer<Float>, images: Range<Int>, side: Int, channels: Int, bias: Tensor,
        into output: UnsafeMutablePointer<Float>
    ) {
        let outputSide = 2 * side
        bias.elements.withUnsafeBufferPointer { bias in
            for image in images {
                for row in 0..<side {
                    for column in 0..<side {
                        let source = blocks + ((image * side + row) * side + column) * 4 * channels
                        for tap in 0..<4 {
                            let target = (image * outputSide + 2 * row + tap / 2) * outputSide + 2 * column + tap % 2
                            let from = source + tap * channels
                            let to = output + target * channels
                            for channel in 0..<channels { to[channel] = from[channel] + bias[channel] }
                        }
                    }
                }
            }
        }
    }
}
