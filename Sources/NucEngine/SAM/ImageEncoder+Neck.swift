extension ImageEncoder {
    /// The neck: conv 1×1 (no bias) → LayerNorm2d → conv 3×3 pad 1 (no bias) → LayerNorm2d.
    ///
    /// ref: windygoo/PromptNucSeg@4afbf26 segmentor/segment_anything/modeling/image_encoder.py,
    /// `ImageEncoderViT.neck`, and common.py `LayerNorm2d` (eps 1e-6). Tokens stay channels-last,
    /// so the 1×1 convolution is a GEMM, LayerNorm2d is a LayerNorm over each token's channels,
    /// and the 3×3 convolution is im2col (patch columns ordered ky, kx, channel) plus one GEMM
    /// against the weight reordered at load from `[out, in, 3, 3]` to `[out, 3, 3, in]`.
    struct Neck: Sendable {
        /// `neck.0`, weight `[D, C, 1, 1]` viewed as `[D, C]`.
        let reduce: Linear
        /// `neck.1` (LayerNorm2d).
        let norm1: LayerNorm
        /// `neck.2`, weight `[D, D, 3, 3]` reordered to `[D, 3·3·D]`.
        let mix: Linear
        /// `neck.3` (LayerNorm2d).
        let norm2: LayerNorm

        /// Binds `prefix.neck.{0.weight, 1.weight, 1.bias, 2.weight, 3.weight, 3.bias}`.
        ///
        /// - Parameters:
        ///   - weights: The checkpoint's tensors.
        ///   - prefix: The encoder's key prefix, e.g. `image_encoder.`.
        ///   - config: The encoder configuration.
        init(_ weights: WeightStore, prefix: String, config: SAMEncoderConfig) {
            let (width, out) = (config.embedDim, config.neckDim)
            reduce = Linear(
                weight: weights.tensor(prefix + "neck.0.weight", shape: [out, width, 1, 1]).reshaped([out, width]),
                bias: nil)
            norm1 = LayerNorm(weights, prefix: prefix + "neck.1", dim: out, eps: 1e-6)
            let kernel = weights.tensor(prefix + "neck.2.weight", shape: [out, out, 3, 3])
            var reordered = [Float](repeating: 0, count: kernel.count)
            for target in 0..<out {
                for source in 0..<out {
                    for tap in 0..<9 {
                        reordered[(target * 9 + tap) * out + source] =
                            kernel.elements[(target * out + source) * 9 + tap]
                    }
                }
            }
            mix = Linear(weight: Tensor(shape: [out, 9 * out], elements: reordered), bias: nil)
            norm2 = LayerNorm(weights, prefix: prefix + "neck.3", dim: out, eps: 1e-6)
        }

        /// Maps the final tokens to the image embedding, channels-last.
        ///
        /// - Parameters:
        ///   - grid: The token grid side.
        ///   - workspace: Reads `tokens`; uses `neck` and `hidden`.
        /// - Returns: `[grid·grid, D]`.
        func apply(grid: Int, workspace: Workspace) -> Tensor {
            let (width, out) = (reduce.inputs, reduce.outputs)
            let count = grid * grid
            reduce.apply(
                rows: count, input: workspace.tokens, inputStride: width, output: workspace.neck, outputStride: out)
            norm1.apply(rows: count, input: workspace.neck, inputStride: out, output: workspace.neck, outputStride: out)
            let patches = workspace.hidden
            for y in 0..<grid {
                for x in 0..<grid {
                    let row = patches + (y * grid + x) * 9 * out
                    for tap in 0..<9 {
                        let (sourceY, sourceX) = (y + tap / 3 - 1, x + tap % 3 - 1)
                        let target = row + tap * out
                        if (0..<grid).contains(sourceY) && (0..<grid).contains(sourceX) {
                            target.update(from: workspace.neck + (sourceY * grid + sourceX) * out, count: out)
                        } else {
                            target.update(repeating: 0, count: out)
                        }
                    }
                }
            }
            var embedding = Tensor(zeros: [count, out])
            embedding.elements.withUnsafeMutableBufferPointer { output in
                guard let output = output.baseAddress else { return }
                mix.apply(rows: count, input: patches, inputStride: 9 * out, output: output, outputStride: out)
                norm2.apply(rows: count, input: output, inputStride: out, output: output, outputStride: out)
            }
            return embedding
        }
    }
}
