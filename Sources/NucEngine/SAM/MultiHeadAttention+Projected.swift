extension MultiHeadAttention {
    /// Queries attend to keys and values of one group (prompt), all already projected:
    /// `output = softmax(q · kᵀ / √d) · v` head by head, heads side by side in each row.
    ///
    /// ref: segment-anything 1.0 `modeling/transformer.py` lines 218–240 (`Attention.forward`).
    ///
    /// - Parameters:
    ///   - queryRows: Query rows.
    ///   - queries: Projected queries, rows of `internalDim`.
    ///   - keyRows: Key rows.
    ///   - keys: Projected keys, rows of `internalDim`.
    ///   - values: Projected values, rows of `internalDim`.
    ///   - output: Receives the mixed values, rows of `internalDim`.
    ///   - scores: Scratch of `queryRows · keyRows` values.
    func attendProjected(
        queryRows: Int, queries: UnsafePointer<Float>, keyRows: Int, keys: UnsafePointer<Float>,
        values: UnsafePointer<Float>, output: UnsafeMutablePointer<Float>, scores: UnsafeMutablePointer<Float>
    ) {
        let (inner, width) = (internalDim, headDim)
        for head in 0..<heads {
            let column = head * width
            GEMM.multiply(
                transposeB: true, m: queryRows, n: keyRows, k: width, alpha: 1 / Float(width).squareRoot(),
                a: queries + column, lda: inner, b: keys + column, ldb: inner, c: scores, ldc: keyRows)
            Softmax.apply(scores, rows: queryRows, columns: keyRows, stride: keyRows)
            GEMM.multiply(
                m: queryRows, n: width, k: keyRows, a: scores, lda: keyRows, b: values + column, ldb: inner,
                c: output + column, ldc: inner)
        }
    }

    /// The same attention for many queries over few keys (image tokens attending to a prompt's
    /// tokens): scores are formed transposed, (keys, queries), so the softmax over the few keys runs
    /// down columns, vectorised across the queries.
    ///
    /// - Parameters:
    ///   - queryRows: Query rows (a multiple of `VectorMath.width` runs fully vectorised).
    ///   - queries: Projected queries, rows of `internalDim`.
    ///   - keyRows: Key rows.
    ///   - keys: Projected keys, rows of `internalDim`.
    ///   - values: Projected values, rows of `internalDim`.
    ///   - output: Receives the mixed values, rows of `internalDim`.
    ///   - scores: Scratch of `keyRows · paddedQueryRows` values, zero-initialised.
    ///   - paddedQueryRows: `queryRows` rounded up to a multiple of `VectorMath.width`.
    func attendProjectedTransposed(
        queryRows: Int, queries: UnsafePointer<Float>, keyRows: Int, keys: UnsafePointer<Float>,
        values: UnsafePointer<Float>, output: UnsafeMutablePointer<Float>, scores: UnsafeMutablePointer<Float>,
        paddedQueryRows: Int
    ) {
        let (inner, width) = (internalDim, headDim)
        for head in 0..<heads {
            let column = head * width
            GEMM.multiply(
                transposeB: true, m: keyRows, n: queryRows, k: width, alpha: 1 / Float(width).squareRoot(),
                a: keys + column, lda: inner, b: queries + column, ldb: inner, c: scores, ldc: paddedQueryRows)
            Self.columnSoftmax(scores, rows: keyRows, columns: paddedQueryRows)
            GEMM.multiply(
                transposeA: true, m: queryRows, n: width, k: keyRows, a: scores, lda: paddedQueryRows,
                b: values + column, ldb: inner, c: output + column, ldc: inner)
        }
    }

    /// Replaces each column of a row-major matrix with its softmax (max-subtracted, as PyTorch).
    private static func columnSoftmax(_ matrix: UnsafeMutablePointer<Float>, rows: Int, columns: Int) {
        let width = VectorMath.width
        for start in stride(from: 0, to: columns, by: width) {
            func load(_ row: Int) -> SIMD16<Float> {
                UnsafeRawPointer(matrix + row * columns + start).loadUnaligned(as: SIMD16<Float>.self)
            }
            func store(_ value: SIMD16<Float>, _ row: Int) {
                UnsafeMutableRawPointer(matrix + row * columns + start).storeBytes(of: value, as: SIMD16<Float>.self)
            }
            var maximum = load(0)
            for row in 1..<rows {
                // `replacing(with:where:)` compiles to a vector compare and blend; `pointwiseMax` does not.
                let value = load(row)
                maximum = maximum.replacing(with: value, where: value .> maximum)
            }
            var sum = SIMD16<Float>.zero
            for row in 0..<rows {
                let e = VectorMath.exp(load(row) - maximum)
                store(e, row)
                sum += e
            }
            let scale = 1 / sum
            for row in 0..<rows { store(load(row) * scale, row) }
        }
    }
}
