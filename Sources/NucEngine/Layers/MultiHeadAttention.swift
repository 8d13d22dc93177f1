/// Multi-head attention with separate query, key, value and output projections and an optional
/// internal width reduction: SAM's mask-decoder `Attention`.
///
/// ref: windygoo/PromptNucSeg@4afbf26 segmentor/segment_anything/modeling/transformer.py,
/// class `Attention` (unchanged from facebookresearch/segment-anything). The projections map
/// `dim → dim / downsampleRate`; heads split that internal width, and scores are scaled by
/// `1/√headDim` before a softmax over keys.
struct MultiHeadAttention: Sendable {
    /// Query projection `[internal, dim]` (key `q_proj`).
    let queryProjection: Linear
    /// Key projection `[internal, dim]` (key `k_proj`).
    let keyProjection: Linear
    /// Value projection `[internal, dim]` (key `v_proj`).
    let valueProjection: Linear
    /// Output projection `[dim, internal]` (key `out_proj`).
    let outputProjection: Linear
    /// The number of heads.
    let heads: Int

    /// The internal (projected) width.
    var internalDim: Int { queryProjection.outputs }
    /// The width of one head.
    var headDim: Int { internalDim / heads }

    /// Binds `prefix.{q_proj,k_proj,v_proj,out_proj}.{weight,bias}` from a checkpoint.
    ///
    /// - Parameters:
    ///   - weights: The checkpoint's tensors.
    ///   - prefix: The module's key, e.g. `mask_decoder.transformer.layers.0.self_attn`.
    ///   - dim: The embedding width of queries, keys and values.
    ///   - heads: The number of heads (must divide the internal width).
    ///   - downsampleRate: The internal width is `dim / downsampleRate`.
    init(_ weights: WeightStore, prefix: String, dim: Int, heads: Int, downsampleRate: Int = 1) {
        let inner = dim / downsampleRate
        precondition(heads > 0 && inner % heads == 0, "\(heads) heads do not divide the internal width \(inner)")
        queryProjection = Linear(weights, prefix: prefix + ".q_proj", inputs: dim, outputs: inner)
        keyProjection = Linear(weights, prefix: prefix + ".k_proj", inputs: dim, outputs: inner)
        valueProjection = Linear(weights, prefix: prefix + ".v_proj", inputs: dim, outputs: inner)
        outputProjection = Linear(weights, prefix: prefix + ".out_proj", inputs: inner, outputs: dim)
        self.heads = heads
    }

    /// Attends `queries` to `keys`/`values`, projecting all three.
    ///
    /// - Parameters:
    ///   - queries: `[batch, queryCount, dim]`.
    ///   - keys: `[batch or 1, keyCount, dim]`; a batch of 1 is shared by every query batch.
    ///   - values: Same shape as `keys`.
    /// - Returns: `[batch, queryCount, dim]`.
    func callAsFunction(queries: Tensor, keys: Tensor, values: Tensor) -> Tensor {
        attend(queries: queries, projectedKeys: keyProjection(keys), projectedValues: valueProjection(values))
    }

    /// Attends `queries` to keys and values already passed through `keyProjection` and `valueProjection`.
    ///
    /// Projecting keys and values once lets a caller reuse them across calls (for example the
    /// image-side keys of the first token-to-image attention, identical for every prompt).
    ///
    /// - Parameters:
    ///   - queries: `[batch, queryCount, dim]` (not yet projected).
    ///   - projectedKeys: `[batch or 1, keyCount, internalDim]`.
    ///   - projectedValues: Same shape as `projectedKeys`.
    /// - Returns: `[batch, queryCount, dim]`.
    func attend(queries: Tensor, projectedKeys: Tensor, projectedValues: Tensor) -> Tensor {
        precondition(queries.rank == 3 && projectedKeys.rank == 3, "attention wants [batch, tokens, dim] inputs")
        precondition(projectedKeys.shape == projectedValues.shape, "keys \(projectedKeys.shape) ≠ values")
        let (batch, queryCount) = (queries.shape[0], queries.shape[1])
        let (keyBatch, keyCount) = (projectedKeys.shape[0], projectedKeys.shape[1])
        precondition(keyBatch == 1 || keyBatch == batch, "key batch \(keyBatch) for query batch \(batch)")
        let q = queryProjection(queries)
        var mixed = Tensor(zeros: [batch, queryCount, internalDim])
        var scores = [Float](repeating: 0, count: queryCount * keyCount)
        let (inner, width) = (internalDim, headDim)
        q.elements.withUnsafeBufferPointer { q in
            projectedKeys.elements.withUnsafeBufferPointer { k in
                projectedValues.elements.withUnsafeBufferPointer { v in
                    mixed.elements.withUnsafeMutableBufferPointer { out in
                        scores.withUnsafeMutableBufferPointer { scores in
                            guard let q = q.baseAddress, let k = k.baseAddress, let v = v.baseAddress,
                                let out = out.baseAddress, let scores = scores.baseAddress
                            else { return }
                            for b in 0..<batch {
                                let keyOffset = (keyBatch == 1 ? 0 : b) * keyCount * inner
                                for head in 0..<heads {
                                    let column = head * width
                                    GEMM.multiply(
                                        transposeB: true, m: queryCount, n: keyCount, k: width,
                                        alpha: 1 / Float(width).squareRoot(), a: q + b * queryCount * inner + column,
                                        lda: inner, b: k + keyOffset + column, ldb: inner, c: scores, ldc: keyCount)
                                    Softmax.apply(scores, rows: queryCount, columns: keyCount, stride: keyCount)
                                    GEMM.multiply(
                                        m: queryCount, n: width, k: keyCount, a: scores, lda: keyCount,
                                        b: v + keyOffset + column, ldb: inner, c: out + b * queryCount * inner + column,
                                        ldc: inner)
                                }
                            }
                        }
                    }
                }
            }
        }
        return outputProjection(mixed)
    }
}
