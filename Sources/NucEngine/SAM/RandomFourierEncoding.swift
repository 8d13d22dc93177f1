#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// SAM's positional encoding of 2-D points by random spatial frequencies.
///
/// A point `(x, y)` normalised to [0, 1]² maps to `c = 2·(x, y) − 1`, then `a = 2π · c · G` with the
/// 2×F Gaussian matrix `G`, and the encoding is `[sin a, cos a]` (2F values).
/// ref: segment-anything 1.0 `modeling/prompt_encoder.py` lines 171–214 (`PositionEmbeddingRandom`).
struct RandomFourierEncoding: Sendable {
    /// `pe_layer.positional_encoding_gaussian_matrix`, (2, F) row-major.
    let gaussianMatrix: Tensor

    /// The encoding width, 2F.
    var dimension: Int { gaussianMatrix.shape[1] * 2 }

    /// Encodes one normalised point into `output[0..<dimension]`, in float32 like the reference.
    ///
    /// - Parameters:
    ///   - x: Column coordinate in [0, 1].
    ///   - y: Row coordinate in [0, 1].
    ///   - output: Receives `sin` of the F projections, then their `cos`.
    func encode(x: Float, y: Float, into output: UnsafeMutablePointer<Float>) {
        let features = gaussianMatrix.shape[1]
        let twoPi = Float(2 * Double.pi)
        let cx = 2 * x - 1
        let cy = 2 * y - 1
        gaussianMatrix.elements.withUnsafeBufferPointer { matrix in
            for feature in 0..<features {
                let angle = twoPi * (cx * matrix[feature] + cy * matrix[features + feature])
                output[feature] = sin(angle)
                output[features + feature] = cos(angle)
            }
        }
    }

    /// Encodes the centres of a `height`×`width` grid, `((j + 0.5)/width, (i + 0.5)/height)`.
    ///
    /// ref: `PositionEmbeddingRandom.forward` (lines 194–205), which the decoder uses as the image PE.
    ///
    /// - Parameters:
    ///   - height: Grid rows.
    ///   - width: Grid columns.
    /// - Returns: (height·width, 2F), one row per grid cell in row-major order.
    func gridEncoding(height: Int, width: Int) -> Tensor {
        var result = Tensor(zeros: [height * width, dimension])
        let dimension = dimension
        result.elements.withUnsafeMutableBufferPointer { output in
            guard let base = output.baseAddress else { return }
            for row in 0..<height {
                for column in 0..<width {
                    let x = (Float(column) + 0.5) / Float(width)
                    let y = (Float(row) + 0.5) / Float(height)
                    encode(x: x, y: y, into: base + (row * width + column) * dimension)
                }
            }
        }
        return result
    }
}
