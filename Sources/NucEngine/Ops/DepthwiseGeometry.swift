/// The per-channel kernel of `DepthwiseConvolution`: sizes, and the direct loop over one plane.
struct DepthwiseGeometry {
    /// Input height.
    let inputHeight: Int
    /// Input width.
    let inputWidth: Int
    /// Kernel height.
    let kernelHeight: Int
    /// Kernel width.
    let kernelWidth: Int
    /// Zero padding on each side.
    let padding: Int
    /// Output height.
    let outputHeight: Int
    /// Output width.
    let outputWidth: Int

    /// The padded plane's row stride.
    var paddedWidth: Int { inputWidth + 2 * padding }

    /// Floats in the padded plane.
    var paddedCount: Int { (inputHeight + 2 * padding) * paddedWidth }

    /// Convolves one channel.
    ///
    /// - Parameters:
    ///   - plane: The input channel `[H, W]`.
    ///   - taps: Its kernel `[kh, kw]`.
    ///   - bias: Its bias (0 for none).
    ///   - padded: Scratch of `paddedCount` floats.
    ///   - output: The output channel `[H', W']`.
    func convolve(
        _ plane: UnsafePointer<Float>, taps: UnsafePointer<Float>, bias: Float, padded: UnsafeMutablePointer<Float>,
        into output: UnsafeMutablePointer<Float>
    ) {
        let stride = paddedWidth
        padded.update(repeating: 0, count: paddedCount)
        for row in 0..<inputHeight {
            (padded + (row + padding) * stride + padding).update(from: plane + row * inputWidth, count: inputWidth)
        }
        for row in 0..<outputHeight {
            let target = output + row * outputWidth
            let source = padded + row * stride
            var column = 0
            column = sweep(SIMD16<Float>.self, source, taps: taps, bias: bias, row: target, from: column)
            column = sweep(SIMD8<Float>.self, source, taps: taps, bias: bias, row: target, from: column)
            column = sweep(SIMD4<Float>.self, source, taps: taps, bias: bias, row: target, from: column)
            while column < outputWidth {
                var sum = bias
                for ky in 0..<kernelHeight {
                    let line = source + ky * stride + column
                    for kx in 0..<kernelWidth { sum += taps[ky * kernelWidth + kx] * line[kx] }
                }
                target[column] = sum
                column += 1
            }
        }
    }

    /// Computes output columns `start…` of one row, `Vector.scalarCount` at a time, as far as whole
    /// vectors fit; every lane sums bias + Σ_ky Σ_kx tap · input in the same order.
    ///
    /// - Returns: The first column not computed.
    @inline(__always)
    private func sweep<Vector: SIMD>(
        _: Vector.Type, _ source: UnsafePointer<Float>, taps: UnsafePointer<Float>, bias: Float,
        row target: UnsafeMutablePointer<Float>, from start: Int
    ) -> Int where Vector.Scalar == Float {
        let lanes = Vector.scalarCount
        var column = start
        while column + lanes <= outputWidth {
            var sum = Vector(repeating: bias)
            for ky in 0..<kernelHeight {
                let line = source + ky * paddedWidth + column
                for kx in 0..<kernelWidth {
                    sum += taps[ky * kernelWidth + kx] * UnsafeRawPointer(line + kx).loadUnaligned(as: Vector.self)
                }
            }
            UnsafeMutableRawPointer(target + column).storeBytes(of: sum, as: Vector.self)
            column += lanes
        }
        return column
    }
}
