/// A fully connected layer, `y = x · Wᵀ + b` (PyTorch `nn.Linear`), computed by one GEMM over all rows.
struct Linear: Sendable {
    /// The weight `[outputs, inputs]` in PyTorch layout (key `weight`).
    let weight: Tensor
    /// The optional bias `[outputs]` (key `bias`).
    let bias: Tensor?

    /// The input width.
    var inputs: Int { weight.shape[1] }
    /// The output width.
    var outputs: Int { weight.shape[0] }

    /// Creates a layer from its parameters.
    ///
    /// - Parameters:
    ///   - weight: `[outputs, inputs]`.
    ///   - bias: `[outputs]`, or nil for a layer without bias.
    init(weight: Tensor, bias: Tensor?) {
        precondition(weight.rank == 2, "Linear weight must be 2-D, got \(weight.shape)")
        precondition(
            bias == nil || bias?.shape == [weight.shape[0]], "Linear bias \(bias?.shape ?? []) for \(weight.shape)")
        self.weight = weight
        self.bias = bias
    }

    /// Binds `prefix.weight` (and `prefix.bias` when `hasBias`) from a checkpoint.
    ///
    /// - Parameters:
    ///   - weights: The checkpoint's tensors.
    ///   - prefix: The module's key, e.g. `image_encoder.blocks.0.attn.qkv`.
    ///   - inputs: The input width.
    ///   - outputs: The output width.
    ///   - hasBias: Whether the layer has a bias.
    init(_ weights: WeightStore, prefix: String, inputs: Int, outputs: Int, hasBias: Bool = true) {
        self.init(
            weight: weights.tensor(prefix + ".weight", shape: [outputs, inputs]),
            bias: hasBias ? weights.tensor(prefix + ".bias", shape: [outputs]) : nil)
    }

    /// Applies the layer to the last axis of a tensor.
    ///
    /// - Parameter input: Shape `[…, inputs]`.
    /// - Returns: Shape `[…, outputs]`.
    func callAsFunction(_ input: Tensor) -> Tensor {
        precondition(input.shape.last == inputs, "Linear(\(inputs)→\(outputs)) applied to \(input.shape)")
        let rows = inputs == 0 ? 0 : input.count / inputs
        var output = Tensor(zeros: Array(input.shape.dropLast()) + [outputs])
        input.elements.withUnsafeBufferPointer { source in
            output.elements.withUnsafeMutableBufferPointer { destination in
                guard let source = source.baseAddress, let destination = destination.baseAddress else { return }
                apply(rows: rows, input: source, inputStride: inputs, output: destination, outputStride: outputs)
            }
        }
        return output
    }

    /// Applies the layer to `rows` rows of raw storage, overwriting the output rows.
    ///
    /// - Parameters:
    ///   - rows: The number of rows.
    ///   - input: The first input row (`inputs` contiguous values per row).
    ///   - inputStride: The distance between input rows, in elements (≥ `inputs`).
    ///   - output: The first output row; must not overlap the input.
    ///   - outputStride: The distance between output rows, in elements (≥ `outputs`).
    func apply(
        rows: Int, input: UnsafePointer<Float>, inputStride: Int, output: UnsafeMutablePointer<Float>,
        outputStride: Int
    ) {
        if let bias {
            bias.elements.withUnsafeBufferPointer { bias in
                guard let bias = bias.baseAddress else { return }
                for row in 0..<rows { (output + row * outputStride).update(from: bias, count: outputs) }
            }
        }
        weight.elements.withUnsafeBufferPointer { weight in
            guard let weight = weight.baseAddress else { return }
            GEMM.multiply(
                transposeB: true, m: rows, n: outputs, k: inputs, a: input, lda: inputStride, b: weight,
                ldb: inputs, beta: bias == nil ? 0 : 1, c: output, ldc: outputStride)
        }
    }
}
