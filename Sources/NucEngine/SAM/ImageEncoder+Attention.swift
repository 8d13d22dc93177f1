extension ImageEncoder {
    /// Multi-head self-attention with decomposed relative positions over one block's layout,
    /// computing only the rows of real tokens.
    ///
    /// ref: windygoo/PromptNucSeg@4afbf26 segmentor/segment_anything/modeling/image_encoder.py,
    /// `Attention.forward` and `add_decomposed_rel_pos`: scores `(q·scale)·kᵀ + rel_h + rel_w`,
    /// softmax over all key slots of the window, then `· v`. Padded slots are never stored:
    /// their key and value are the qkv bias, so a padded slot's score is `scale·q·b_k` plus its
    /// relative terms, and together they contribute `(Σ padded probabilities) · b_v`. Queries of
    /// padded slots are skipped because their outputs are cropped.
    ///
    /// - Parameters:
    ///   - layout: The block's windows and token order.
    ///   - relativeQueries: `relativeQueryMatrix` for this block, `[heads, rows, headDim]`.
    ///   - valueBias: The value part of the qkv bias, `[C]` (used only when the layout is padded).
    ///   - heads: The number of heads.
    ///   - workspace: Reads `qkv` (layout order) and writes `mixed` (layout order).
    static func attend(
        layout: AttentionLayout, relativeQueries: Tensor, valueBias: UnsafePointer<Float>, heads: Int,
        workspace: Workspace
    ) {
        let headDim = relativeQueries.shape[2]
        let width = heads * headDim
        let tableRows = relativeQueries.shape[1]
        let scale = 1 / Float(headDim).squareRoot()
        relativeQueries.elements.withUnsafeBufferPointer { matrix in
            guard let matrix = matrix.baseAddress else { return }
            for head in 0..<heads {
                GEMM.multiply(
                    transposeB: true, m: layout.order.count, n: tableRows, k: headDim,
                    a: workspace.qkv + head * headDim,
                    lda: 3 * width, b: matrix + head * tableRows * headDim, ldb: headDim, c: workspace.relative,
                    ldc: tableRows)
                for window in layout.windows {
                    attendWindow(
                        window, side: layout.side, head: head, headDim: headDim, width: width, scale: scale,
                        tableRows: tableRows, valueBias: valueBias + head * headDim, workspace: workspace)
                }
            }
        }
    }

    /// Scores, softmax and value mixing for one head in one window.
    private static func attendWindow(
        _ window: AttentionLayout.Window, side: Int, head: Int, headDim: Int, width: Int, scale: Float,
        tableRows: Int, valueBias: UnsafePointer<Float>, workspace: Workspace
    ) {
        let slots = side * side
        let count = window.count
        let rows = workspace.qkv + window.start * 3 * width + head * headDim
        let scores = workspace.scores
        GEMM.multiply(
            transposeB: true, m: count, n: count, k: headDim, alpha: scale, a: rows, lda: 3 * width, b: rows + width,
            ldb: 3 * width, c: scores, ldc: slots)
        let padded = count < slots
        let relativeLength = 2 * side - 1
        let widthRow = workspace.widthRow
        for query in 0..<count {
            let row = scores + query * slots
            let products = UnsafePointer(workspace.relative + (window.start + query) * tableRows)
            addRelativeTerms(
                row: row, products: products, queryY: query / window.columns, queryX: query % window.columns,
                side: side, window: window, widthRow: widthRow)
            if padded {
                fillPaddedScores(
                    row: row + count, products: products, padScore: products[2 * relativeLength],
                    queryY: query / window.columns, queryX: query % window.columns, side: side, window: window)
            }
        }
        Softmax.apply(scores, rows: count, columns: slots, stride: slots)
        let output = workspace.mixed + window.start * width + head * headDim
        GEMM.multiply(
            m: count, n: headDim, k: count, a: scores, lda: slots, b: rows + 2 * width, ldb: 3 * width, c: output,
            ldc: width)
        guard padded else { return }
        for query in 0..<count {
            var total: Float = 0
            for slot in count..<slots { total += scores[query * slots + slot] }
            let target = output + query * width
            for channel in 0..<headDim { target[channel] += total * valueBias[channel] }
        }
    }

    /// Adds `rel_h[ky] + rel_w[kx]` to the real-key scores of one query row.
    ///
    /// The width terms are read backwards (`kx` ↦ `qx − kx + K − 1`), so they are first copied
    /// forwards into `widthRow` to keep the inner loop vectorisable.
    @inline(__always)
    private static func addRelativeTerms(
        row: UnsafeMutablePointer<Float>, products: UnsafePointer<Float>, queryY: Int, queryX: Int, side: Int,
        window: AttentionLayout.Window, widthRow: UnsafeMutablePointer<Float>
    ) {
        let heightTerms = products + queryY + side - 1
        let widthTerms = products + (2 * side - 1) + queryX + side - 1
        for keyX in 0..<window.columns { widthRow[keyX] = widthTerms[-keyX] }
        for keyY in 0..<window.rows {
            let height = heightTerms[-keyY]
            let keys = row + keyY * window.columns
            for keyX in 0..<window.columns { keys[keyX] = (keys[keyX] + height) + widthRow[keyX] }
        }
    }

    /// Writes the scores of the padded key slots of one query row (in any fixed order; only their
    /// softmax total is used).
    @inline(__always)
    private static func fillPaddedScores(
        row: UnsafeMutablePointer<Float>, products: UnsafePointer<Float>, padScore: Float, queryY: Int, queryX: Int,
        side: Int, window: AttentionLayout.Window
    ) {
        let heightTerms = products + queryY + side - 1
        let widthTerms = products + (2 * side - 1) + queryX + side - 1
        var next = row
        for keyY in 0..<side {
            let height = padScore + heightTerms[-keyY]
            let first = keyY < window.rows ? window.columns : 0
            for keyX in first..<side { next[keyX - first] = height + widthTerms[-keyX] }
            next += side - first
        }
    }
}
