/// Layer normalisation over the last axis with an affine weight and bias (PyTorch `nn.LayerNorm(dim, eps)`).
///
/// Each row is normalised as `(x − mean) / √(var + eps) · weight + bias` with the biased
/// variance, computed in two passes (mean, then mean squared deviation) in float32.
struct LayerNorm: Sendable {
    /// The per-feature scale `[dim]` (key `weight`).
    let weight: Tensor
    /// The per-feature shift `[dim]` (key `bias`).
    let bias: Tensor
    /// The variance floor (1e-6 in SAM's image encoder, PyTorch's default 1e-5 in its mask decoder).
    let eps: Float

    /// The normalised length.
    var dim: Int { weight.count }

    /// Creates a layer from its parameters.
    ///
    /// - Parameters:
    ///   - weight: The scale, `[dim]`.
    ///   - bias: The shift, `[dim]`.
    ///   - eps: The variance floor.
    init(weight: Tensor, bias: Tensor, eps: Float) {
        precondition(
            weight.shape == bias.shape && weight.rank == 1, "LayerNorm weight \(weight.shape), bias \(bias.shape)")
        self.weight = weight
        self.bias = bias
        self.eps = eps
    }

    /// Binds `prefix.weight` and `prefix.bias` from a checkpoint.
    ///
    /// - Parameters:
    ///   - weights: The checkpoint's tensors.
    ///   - prefix: The module's key, e.g. `image_encoder.blocks.0.norm1`.
    ///   - dim: The normalised length.
    ///   - eps: The variance floor.
    init(_ weights: WeightStore, prefix: String, dim: Int, eps: Float) {
        self.init(
            weight: weights.tensor(prefix + ".weight", shape: [dim]),
            bias: weights.tensor(prefix + ".bias", shape: [dim]),
            eps: eps)
    }

    /// Normalises every row of a tensor whose last axis is `dim`.
    ///
    /// - Parameter input: Shape `[…, dim]`.
    /// - Returns: The normalised tensor, same shape.
    func callAsFunction(_ input: Tensor) -> Tensor {
        precondition(input.shape.last == dim, "LayerNorm(\(dim)) applied to \(input.shape)")
        var output = input
        let rows = dim == 0 ? 0 : input.count / dim
        output.elements.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            apply(rows: rows, input: base, inputStride: dim, output: base, outputStride: dim)
        }
        return output
    }

    /// Normalises `rows` rows from one buffer into another (they may be the same).
    ///
    /// - Parameters:
    ///   - rows: The number of rows.
    ///   - input: The first input row; each row holds `dim` contiguous values.
    ///   - inputStride: The distance between input rows, in elements.
    ///   - output: The first output row.
    ///   - outputStride: The distance between output rows, in elements.
    func apply(
        rows: Int, input: UnsafePointer<Float>, inputStride: Int, output: UnsafeMutablePointer<Float>,
        outputStride: Int
    ) {
        weight.elements.withUnsafeBufferPointer { gamma in
            bias.elements.withUnsafeBufferPointer { beta in
                guard let gamma = gamma.baseAddress, let beta = beta.baseAddress else { return }
                for row in 0..<rows {
                    normalize(input + row * inputStride, into: output + row * outputStride, gamma: gamma, beta: beta)
                }
            }
        }
    }

    private func normalize(
        _ x: UnsafePointer<Float>, into y: UnsafeMutablePointer<Float>, gamma: UnsafePointer<Float>,
        beta: UnsafePointer<Float>
    ) {
        let count = dim
        let whole = count - count % 16
        var sums = SIMD16<Float>.zero
        for index in stride(from: 0, to: whole, by: 16) { sums += load(x + index) }
        var sum = sums.sum()
        for index in whole..<count { sum += x[index] }
        let mean = sum / Float(count)
        var squares = SIMD16<Float>.zero
        for index in stride(from: 0, to: whole, by: 16) {
            let d = load(x + index) - mean
            squares += d * d
        }
        var squareSum = squares.sum()
        for index in whole..<count { squareSum += (x[index] - mean) * (x[index] - mean) }
        let scale = 1 / (squareSum / Float(count) + eps).squareRoot()
        for index in stride(from: 0, to: whole, by: 16) {
            let normalized = (load(x + index) - mean) * scale * load(gamma + index) + load(beta + index)
            UnsafeMutableRawPointer(y + index).storeBytes(of: normalized, as: SIMD16<Float>.self)
        }
        for index in whole..<count { y[index] = (x[index] - mean) * scale * gamma[index] + beta[index] }
    }

    @inline(__always)
    private func load(_ pointer: UnsafePointer<Float>) -> SIMD16<Float> {
        UnsafeRawPointer(pointer).loadUnaligned(as: SIMD16<Float>.self)
    }
}
