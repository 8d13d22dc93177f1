/// The im2col step of `Convolution`: the geometry of one input and kernel, and the unfold itself.
struct Unfolding {
    /// Input channels.
    let channels: Int
    /// Input height.
    let inputHeight: Int
    /// Input width.
    let inputWidth: Int
    /// Kernel height.
    let kernelHeight: Int
    /// Kernel width.
    let kernelWidth: Int
    /// Window step.
    let stride: Int
    /// Zero padding on each side.
    let padding: Int
    /// Output height.
    let outputHeight: Int
    /// Output width.
    let outputWidth: Int

    /// Writes the column matrix of output rows `band` into `columns`: `(C·kh·kw) × (|band|·W')`.
    ///
    /// Row `(c, ky, kx)`, column `(oy − band.lowerBound, ox)` holds input `[c, oy·s − p + ky, ox·s − p + kx]`,
    /// or 0 outside the image. Rows are split across threads; each row is written by one thread.
    ///
    /// - Parameters:
    ///   - input: The image `[C, H, W]`.
    ///   - band: The output rows to unfold.
    ///   - columns: Room for `C·kh·kw · |band|·W'` floats.
    func unfold(_ input: UnsafePointer<Float>, band: Range<Int>, into columns: UnsafeMutablePointer<Float>) {
        let rows = channels * kernelHeight * kernelWidth
        let pixels = band.count * outputWidth
        ParallelLoop.forEachChunk(of: rows, minimumChunk: max(1, 16_384 / max(1, pixels))) { range in
            for row in range {
                let channel = row / (kernelHeight * kernelWidth)
                let ky = row / kernelWidth % kernelHeight
                let kx = row % kernelWidth
                unfoldRow(
                    input + channel * inputHeight * inputWidth, ky: ky, kx: kx, band: band,
                    into: columns + row * pixels)
            }
        }
    }

    /// One row of the column matrix: kernel tap (`ky`, `kx`) of one channel plane.
    private func unfoldRow(
        _ plane: UnsafePointer<Float>, ky: Int, kx: Int, band: Range<Int>, into row: UnsafeMutablePointer<Float>
    ) {
        // Output columns whose input column ox·s − p + kx lies in 0..<inputWidth.
        let first = min(outputWidth, max(0, (padding - kx + stride - 1) / stride))
        let last = min(outputWidth, max(first, (inputWidth - 1 + padding - kx) / stride + 1))
        for oy in band {
            let target = row + (oy - band.lowerBound) * outputWidth
            let iy = oy * stride - padding + ky
            guard iy >= 0 && iy < inputHeight else {
                target.update(repeating: 0, count: outputWidth)
                continue
            }
            target.update(repeating: 0, count: first)
            let source = plane + iy * inputWidth + first * stride - padding + kx
            if stride == 1 {
                (target + first).update(from: source, count: last - first)
            } else {
                for ox in first..<last { target[ox] = source[(ox - first) * stride] }
            }
            (target + last).update(repeating: 0, count: outputWidth - last)
        }
    }
}
