extension Linear {
    /// Adds the product without the bias to existing rows, `y += x · Wᵀ`, in one GEMM (β = 1); the
    /// caller adds the bias where it is cheapest (fused with another pass over `y`).
    ///
    /// - Parameters:
    ///   - rows: The number of rows.
    ///   - input: The first input row (`inputs` values, rows `inputs` apart).
    ///   - output: The first output row (`outputs` values, rows `outputs` apart); must not overlap `input`.
    func accumulateProduct(rows: Int, input: UnsafePointer<Float>, into output: UnsafeMutablePointer<Float>) {
        weight.elements.withUnsafeBufferPointer { weight in
            guard let weight = weight.baseAddress else { return }
            GEMM.multiply(
                transposeB: true, m: rows, n: outputs, k: inputs, a: input, lda: inputs, b: weight, ldb: inputs,
                beta: 1, c: output, ldc: outputs)
        }
    }
}
