/// The source positions and weights that one resized axis reads, precomputed once per resize.
///
/// Output position `o` reads input positions `indices[o * count + k]` with weights
/// `weights[o * count + k]` for `k < count`. The arithmetic is PyTorch 2.13's CPU upsampling
/// (aten/src/ATen/native/UpSample.h: `area_pixel_compute_scale`, `area_pixel_compute_source_index`,
/// `guard_index_and_lambda`, `compute_source_index_and_lambda`, `nearest_idx`,
/// `get_cubic_upsample_coefficients`), in float32 throughout as its `opmath_t` is for float, with
/// multiply-adds fused where the PyTorch 2.13 x86-64 wheel's compiler fused them.
struct ResamplingTaps {
    /// Taps per output position: 1 (nearest), 2 (linear) or 4 (cubic).
    let count: Int
    /// Input positions, `count` per output position.
    let indices: [Int]
    /// Weights, `count` per output position.
    let weights: [Float]

    // MARK: - Kinds

    /// Legacy `nearest`: source ⌊dst · (in/out)⌋ with the ratio rounded to float.
    ///
    /// - Parameters:
    ///   - inputSize: The input extent.
    ///   - outputSize: The output extent.
    /// - Returns: One tap of weight 1 per output position.
    static func nearest(inputSize: Int, outputSize: Int) -> ResamplingTaps {
        let scale = Float(inputSize) / Float(outputSize)
        let indices = (0..<outputSize).map { output in
            inputSize == outputSize ? output : min(Int((Float(output) * scale).rounded(.down)), inputSize - 1)
        }
        return ResamplingTaps(count: 1, indices: indices, weights: [Float](repeating: 1, count: outputSize))
    }

    /// Linear interpolation (`bilinear`, `linear`), without antialiasing.
    ///
    /// - Parameters:
    ///   - inputSize: The input extent.
    ///   - outputSize: The output extent.
    ///   - alignCorners: PyTorch's `align_corners`.
    /// - Returns: Two taps per output position; at the last input position both taps read it.
    static func linear(inputSize: Int, outputSize: Int, alignCorners: Bool) -> ResamplingTaps {
        let scale = sourceScale(inputSize: inputSize, outputSize: outputSize, alignCorners: alignCorners)
        var indices = [Int](repeating: 0, count: 2 * outputSize)
        var weights = [Float](repeating: 0, count: 2 * outputSize)
        for output in 0..<outputSize {
            guard inputSize != outputSize else {
                (indices[2 * output], indices[2 * output + 1]) = (output, output)
                (weights[2 * output], weights[2 * output + 1]) = (1, 0)
                continue
            }
            let real = sourceIndex(scale: scale, output: output, alignCorners: alignCorners, cubic: false)
            let (index, lambda) = guarded(real, inputSize: inputSize)
            indices[2 * output] = index
            indices[2 * output + 1] = index < inputSize - 1 ? index + 1 : index
            weights[2 * output] = 1 - lambda
            weights[2 * output + 1] = lambda
        }
        return ResamplingTaps(count: 2, indices: indices, weights: weights)
    }

    /// Cubic convolution with A = −0.75 (`bicubic`), indices clamped to the border, without antialiasing.
    ///
    /// - Parameters:
    ///   - inputSize: The input extent.
    ///   - outputSize: The output extent.
    ///   - alignCorners: PyTorch's `align_corners`.
    /// - Returns: Four taps per output position.
    static func cubic(inputSize: Int, outputSize: Int, alignCorners: Bool) -> ResamplingTaps {
        let scale = sourceScale(inputSize: inputSize, outputSize: outputSize, alignCorners: alignCorners)
        var indices = [Int](repeating: 0, count: 4 * outputSize)
        var weights = [Float](repeating: 0, count: 4 * outputSize)
        for output in 0..<outputSize {
            let real = sourceIndex(scale: scale, output: output, alignCorners: alignCorners, cubic: true)
            let (index, t) = guarded(real, inputSize: inputSize)
            let coefficients = cubicCoefficients(t)
            for tap in 0..<4 {
                indices[4 * output + tap] = min(max(index - 1 + tap, 0), inputSize - 1)
                weights[4 * output + tap] = coefficients[tap]
            }
        }
        return ResamplingTaps(count: 4, indices: indices, weights: weights)
    }

    // MARK: - PyTorch's index arithmetic

    /// `area_pixel_compute_scale` without a given scale factor.
    private static func sourceScale(inputSize: Int, outputSize: Int, alignCorners: Bool) -> Float {
        if alignCorners {
            return outputSize > 1 ? Float(inputSize - 1) / Float(outputSize - 1) : 0
        }
        return Float(inputSize) / Float(outputSize)
    }

    /// `area_pixel_compute_source_index`.
    private static func sourceIndex(scale: Float, output: Int, alignCorners: Bool, cubic: Bool) -> Float {
        if alignCorners {
            return scale * Float(output)
        }
        let real = (-0.5 as Float).addingProduct(scale, Float(output) + 0.5)
        return !cubic && real < 0 ? 0 : real
    }

    /// `guard_index_and_lambda`: the floor index (at most the last position) and the clamped fraction.
    private static func guarded(_ real: Float, inputSize: Int) -> (index: Int, lambda: Float) {
        let index = min(Int(real.rounded(.down)), inputSize - 1)
        return (index, min(max(real - Float(index), 0), 1))
    }

    /// `get_cubic_upsample_coefficients` with A = −0.75.
    ///
    /// The inner Horner steps are fused multiply-adds and the last product is rounded before its
    /// addition: that is how the PyTorch 2.13 wheel's compiled code evaluates them (found by matching
    /// its weights bit for bit on one-hot inputs).
    private static func cubicCoefficients(_ t: Float) -> [Float] {
        let a: Float = -0.75
        func near(_ x: Float) -> Float { (-(a + 3)).addingProduct(a + 2, x) * x * x + 1 }
        func far(_ x: Float) -> Float { (8 * a).addingProduct((-5 * a).addingProduct(a, x), x) * x - 4 * a }
        let opposite = 1 - t
        return [far(t + 1), near(t), near(opposite), far(opposite + 1)]
    }
}
