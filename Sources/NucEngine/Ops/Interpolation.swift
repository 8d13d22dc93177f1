/// Resizing of the last two axes of a tensor `[..., H, W]`, as PyTorch's `F.interpolate` by `size`.
///
/// Matches PyTorch 2.13 CPU float32 (aten/src/ATen/native/cpu/UpSampleKernel.cpp) for up- and
/// down-sizing without antialiasing: the same float index arithmetic (`ResamplingTaps`) and the same
/// order of products, sums and fused multiply-adds as the x86-64 wheel, so results agree bit for bit
/// on the parity fixtures.
public enum Interpolation {
    /// Resizes with PyTorch's legacy `mode="nearest"`: source index ⌊dst · in/out⌋.
    ///
    /// - Parameters:
    ///   - x: A tensor of rank ≥ 2; its last two axes are resized, the others are kept.
    ///   - height: The output extent of the second-to-last axis (≥ 1).
    ///   - width: The output extent of the last axis (≥ 1).
    /// - Returns: The tensor `[..., height, width]`.
    public static func nearest(_ x: Tensor, height: Int, width: Int) -> Tensor {
        let (inputHeight, inputWidth) = planeSize(of: x, height: height, width: width)
        return resample(
            x, rows: .nearest(inputSize: inputHeight, outputSize: height),
            columns: .nearest(inputSize: inputWidth, outputSize: width), order: .separable)
    }

    /// Resizes with `mode="bilinear"` (PyTorch `upsample_bilinear2d`, no antialiasing).
    ///
    /// PyTorch sums the four products in one of two orders depending on the output size
    /// (`_use_vectorized_kernel_cond_2d`: `cpu_upsample_linear_channels_last` when H' + W' ≤ 128, the
    /// separable generic kernel otherwise); both are reproduced. Its single-thread, 3-channel exception
    /// is not (such inputs match to an ulp or two).
    /// A one-dimensional `mode="linear"` resize is this function with a height-1 plane kept at height 1.
    ///
    /// - Parameters:
    ///   - x: A tensor of rank ≥ 2; its last two axes are resized, the others are kept.
    ///   - height: The output extent of the second-to-last axis (≥ 1).
    ///   - width: The output extent of the last axis (≥ 1).
    ///   - alignCorners: PyTorch's `align_corners`.
    /// - Returns: The tensor `[..., height, width]`.
    public static func bilinear(_ x: Tensor, height: Int, width: Int, alignCorners: Bool) -> Tensor {
        let (inputHeight, inputWidth) = planeSize(of: x, height: height, width: width)
        return resample(
            x, rows: .linear(inputSize: inputHeight, outputSize: height, alignCorners: alignCorners),
            columns: .linear(inputSize: inputWidth, outputSize: width, alignCorners: alignCorners),
            order: height + width <= 128 ? .weightProducts : .separable)
    }

    /// Resizes with `mode="bicubic"` (A = −0.75, source indices clamped to the border, no antialiasing).
    ///
    /// - Parameters:
    ///   - x: A tensor of rank ≥ 2; its last two axes are resized, the others are kept.
    ///   - height: The output extent of the second-to-last axis (≥ 1).
    ///   - width: The output extent of the last axis (≥ 1).
    ///   - alignCorners: PyTorch's `align_corners`.
    /// - Returns: The tensor `[..., height, width]`.
    public static func bicubic(_ x: Tensor, height: Int, width: Int, alignCorners: Bool) -> Tensor {
        let (inputHeight, inputWidth) = planeSize(of: x, height: height, width: width)
        return resample(
            x, rows: .cubic(inputSize: inputHeight, outputSize: height, alignCorners: alignCorners),
            columns: .cubic(inputSize: inputWidth, outputSize: width, alignCorners: alignCorners),
            order: .separable)
    }

    // MARK: - Kernel

    /// How the products of taps are summed.
    private enum SummationOrder {
        /// Σ_i wy_i · (Σ_j wx_j · x_ij) (`upsample_generic_Nd_kernel_impl`).
        case separable
        /// Σ_ij (wy_i · wx_j) · x_ij in row-major order, two taps per axis
        /// (`cpu_upsample_linear_channels_last`).
        case weightProducts
    }

    /// The input plane size, after checking the rank and the requested size.
    private static func planeSize(of x: Tensor, height: Int, width: Int) -> (height: Int, width: Int) {
        precondition(x.rank >= 2, "interpolation needs a tensor [..., H, W], got shape \(x.shape)")
        precondition(height >= 1 && width >= 1, "interpolation to an empty size \(height)×\(width)")
        let inputHeight = x.shape[x.rank - 2]
        let inputWidth = x.shape[x.rank - 1]
        precondition(inputHeight >= 1 && inputWidth >= 1, "interpolation of an empty plane, shape \(x.shape)")
        return (inputHeight, inputWidth)
    }

    /// Applies row and column taps to every plane of `x`.
    private static func resample(
        _ x: Tensor, rows: ResamplingTaps, columns: ResamplingTaps, order: SummationOrder
    ) -> Tensor {
        let inputHeight = x.shape[x.rank - 2]
        let inputWidth = x.shape[x.rank - 1]
        let height = rows.indices.count / rows.count
        let width = columns.indices.count / columns.count
        let planes = x.count / (inputHeight * inputWidth)
        var output = [Float](repeating: 0, count: planes * height * width)
        // The horizontal pass of one plane: each input row resampled to the output width.
        var horizontal = [Float](repeating: 0, count: order == .separable ? inputHeight * width : 0)
        x.elements.withUnsafeBufferPointer { input in
            output.withUnsafeMutableBufferPointer { result in
                horizontal.withUnsafeMutableBufferPointer { horizontal in
                    for plane in 0..<planes {
                        let source = UnsafeBufferPointer(rebasing: input[(plane * inputHeight * inputWidth)...])
                        let target = UnsafeMutableBufferPointer(rebasing: result[(plane * height * width)...])
                        switch order {
                        case .separable:
                            for row in 0..<inputHeight {
                                for column in 0..<width {
                                    horizontal[row * width + column] = taps(columns, at: column) { index in
                                        source[row * inputWidth + index]
                                    }
                                }
                            }
                            for row in 0..<height {
                                for column in 0..<width {
                                    target[row * width + column] = taps(rows, at: row) { index in
                                        horizontal[index * width + column]
                                    }
                                }
                            }
                        case .weightProducts:
                            for row in 0..<height {
                                for column in 0..<width {
                                    target[row * width + column] = weightProducts(
                                        source, width: inputWidth, rows: rows, row: row, columns: columns,
                                        column: column)
                                }
                            }
                        }
                    }
                }
            }
        }
        return Tensor(shape: Array(x.shape.dropLast(2)) + [height, width], elements: output)
    }

    /// The taps of output position `position` applied to `value(input position)`, summed as PyTorch's
    /// compiled kernels sum them: `x0·w0 + x1·w1 + …` is fma(x0, w0, x1·w1), then fma(xk, wk, ·).
    @inline(__always)
    private static func taps(_ taps: ResamplingTaps, at position: Int, _ value: (Int) -> Float) -> Float {
        let base = position * taps.count
        guard taps.count > 1 else { return value(taps.indices[base]) * taps.weights[base] }
        var sum = (value(taps.indices[base + 1]) * taps.weights[base + 1])
            .addingProduct(value(taps.indices[base]), taps.weights[base])
        for tap in 2..<taps.count {
            sum = sum.addingProduct(value(taps.indices[base + tap]), taps.weights[base + tap])
        }
        return sum
    }

    /// Output (`row`, `column`) of a two-tap (linear) resize as Σ_ij (wy_i · wx_j) · x_ij, summed
    /// like `taps(_:at:_:)` in row-major order.
    @inline(__always)
    private static func weightProducts(
        _ source: UnsafeBufferPointer<Float>, width: Int, rows: ResamplingTaps, row: Int, columns: ResamplingTaps,
        column: Int
    ) -> Float {
        let (top, bottom) = (rows.indices[2 * row] * width, rows.indices[2 * row + 1] * width)
        let (left, right) = (columns.indices[2 * column], columns.indices[2 * column + 1])
        let (upper, lower) = (rows.weights[2 * row], rows.weights[2 * row + 1])
        let (leading, trailing) = (columns.weights[2 * column], columns.weights[2 * column + 1])
        return (source[top + right] * (upper * trailing)).addingProduct(source[top + left], upper * leading)
            .addingProduct(source[bottom + left], lower * leading)
            .addingProduct(source[bottom + right], lower * trailing)
    }
}
