extension ImageEncoder {
    /// Resizes a relative-position table to `rows` entries by 1-D linear interpolation
    /// (`F.interpolate(mode="linear", align_corners=False)`), as `get_rel_pos` does when the
    /// stored table does not match the query size.
    ///
    /// ref: windygoo/PromptNucSeg@4afbf26 segmentor/segment_anything/modeling/image_encoder.py,
    /// `get_rel_pos`. Spec §2.2: output i reads s = max((i + 0.5)·L/rows − 0.5, 0), i0 = ⌊s⌋,
    /// i1 = min(i0 + 1, L − 1), λ = s − i0, giving (1 − λ)·r[i0] + λ·r[i1]. Computed in float32 like
    /// PyTorch's CPU kernel. A table that already has `rows` entries is returned unchanged.
    ///
    /// - Parameters:
    ///   - table: `[L, width]`.
    ///   - rows: The wanted number of entries.
    /// - Returns: `[rows, width]`.
    static func resizedRelativeTable(_ table: Tensor, rows: Int) -> Tensor {
        let (length, width) = (table.shape[0], table.shape[1])
        guard length != rows else { return table }
        let scale = Float(length) / Float(rows)
        var output = [Float](repeating: 0, count: rows * width)
        for row in 0..<rows {
            let source = max(scale * (Float(row) + 0.5) - 0.5, 0)
            let lower = min(Int(source), length - 1)
            let upper = min(lower + 1, length - 1)
            let lambda = min(max(source - Float(lower), 0), 1)
            for column in 0..<width {
                output[row * width + column] =
                    (1 - lambda) * table.elements[lower * width + column] + lambda
                    * table.elements[upper * width + column]
            }
        }
        return Tensor(shape: [rows, width], elements: output)
    }

    /// Builds the per-head matrix that one GEMM multiplies every query by in an attention block.
    ///
    /// Rows `0..<2K−1` are `rel_pos_h` and rows `2K−1..<2(2K−1)` are `rel_pos_w` (both already
    /// `2K − 1` long), so `q · rowᵀ` gives the decomposed relative-position terms of
    /// `add_decomposed_rel_pos` (which use the unscaled query). When the layout is padded, a last
    /// row holds `scale · keyBias` of this head: the score of every padded key slot, whose key is
    /// the qkv bias because its normalised input is zero.
    ///
    /// - Parameters:
    ///   - heightTable: `[2K − 1, headDim]`.
    ///   - widthTable: `[2K − 1, headDim]`.
    ///   - keyBias: The key part of the qkv bias, `[C]`, when the layout has padded slots.
    ///   - heads: The number of heads.
    ///   - scale: The score scale `headDim^−½`.
    /// - Returns: `[heads, rows, headDim]` with rows = 2(2K − 1) (+ 1 when padded).
    static func relativeQueryMatrix(
        heightTable: Tensor, widthTable: Tensor, keyBias: [Float]?, heads: Int, scale: Float
    ) -> Tensor {
        let headDim = heightTable.shape[1]
        var elements: [Float] = []
        for head in 0..<heads {
            elements += heightTable.elements + widthTable.elements
            if let keyBias { elements += keyBias[(head * headDim)..<((head + 1) * headDim)].map { $0 * scale } }
        }
        let rows = heightTable.shape[0] + widthTable.shape[0] + (keyBias == nil ? 0 : 1)
        return Tensor(shape: [heads, rows, headDim], elements: elements)
    }
}
