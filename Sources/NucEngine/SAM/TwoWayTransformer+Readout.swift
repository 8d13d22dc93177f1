extension TwoWayTransformer {
    /// The tokens the single-mask decoder reads after the transformer: the IoU token and mask token 0.
    static let readoutTokenCount = 2

    /// The final token-to-image attention for the readout tokens only, with the image-side
    /// projections moved to the token side.
    ///
    /// Per head h, `q·(W_k (x + pe) + b_k)ᵀ = (q W_k)·(x + pe)ᵀ + q·b_k`, and the last term is the same
    /// for every image token, so the softmax drops it; and since each softmax row sums to 1,
    /// `P (x W_vᵀ + b_v) = (P x) W_vᵀ + b_v`. With 2 query rows this costs about 2 M multiply-adds per
    /// prompt instead of the 17 M of projecting all 256 image tokens (the same values up to float32
    /// rounding). ref: segment-anything 1.0 `modeling/transformer.py` lines 99–104 and 218–240.
    ///
    /// - Parameters:
    ///   - queries: The readout tokens plus their PE, (n, R, C).
    ///   - cells: Image tokens S per prompt.
    ///   - workspace: Holds each prompt's image tokens in `keys` and with the PE in `keysWithPE`.
    /// - Returns: The attention output after `out_proj`, (n, R, C).
    func finalReadoutAttention(queries: Tensor, cells: Int, workspace: MaskDecoderWorkspace) -> Tensor {
        let attention = finalAttention
        let (prompts, rows, dimension) = (queries.shape[0], queries.shape[1], queries.shape[2])
        let (heads, width, inner) = (attention.heads, attention.headDim, attention.internalDim)
        let projected = attention.queryProjection(queries)
        var mixed = Tensor(zeros: [prompts, rows, inner])
        let lines = heads * rows
        projected.elements.withUnsafeBufferPointer { query in
            attention.keyProjection.weight.elements.withUnsafeBufferPointer { keyWeight in
                attention.valueProjection.weight.elements.withUnsafeBufferPointer { valueWeight in
                    mixed.elements.withUnsafeMutableBufferPointer { output in
                        guard let query = query.baseAddress, let keyWeight = keyWeight.baseAddress,
                            let valueWeight = valueWeight.baseAddress, let output = output.baseAddress
                        else { return }
                        ParallelLoop.forEachChunk(of: prompts) { range in
                            let scratch = UnsafeMutablePointer<Float>.allocate(
                                capacity: lines * (2 * dimension + cells))
                            defer { scratch.deallocate() }
                            let (folded, scores, gathered) = (
                                scratch, scratch + lines * dimension, scratch + lines * (dimension + cells)
                            )
                            for prompt in range {
                                let promptQueries = query + prompt * rows * inner
                                for head in 0..<heads {
                                    GEMM.multiply(
                                        m: rows, n: dimension, k: width, a: promptQueries + head * width, lda: inner,
                                        b: keyWeight + head * width * dimension, ldb: dimension,
                                        c: folded + head * rows * dimension, ldc: dimension)
                                }
                                GEMM.multiply(
                                    transposeB: true, m: lines, n: cells, k: dimension,
                                    alpha: 1 / Float(width).squareRoot(), a: folded, lda: dimension,
                                    b: workspace.keysWithPE + prompt * cells * dimension, ldb: dimension, c: scores,
                                    ldc: cells)
                                Softmax.apply(scores, rows: lines, columns: cells, stride: cells)
                                GEMM.multiply(
                                    m: lines, n: dimension, k: cells, a: scores, lda: cells,
                                    b: workspace.keys + prompt * cells * dimension, ldb: dimension, c: gathered,
                                    ldc: dimension)
                                for head in 0..<heads {
                                    GEMM.multiply(
                                        transposeB: true, m: rows, n: width, k: dimension,
                                        a: gathered + head * rows * dimension, lda: dimension,
                                        b: valueWeight + head * width * dimension, ldb: dimension,
                                        c: output + prompt * rows * inner + head * width, ldc: inner)
                                }
                            }
                        }
                    }
                }
            }
        }
        if let bias = attention.valueProjection.bias {
            for row in 0..<(prompts * rows) {
                for column in 0..<inner { mixed.elements[row * inner + column] += bias.elements[column] }
            }
        }
        return attention.outputProjection(mixed)
    }
}
