import CBLAS

/// Single-precision matrix products through OpenBLAS `cblas_sgemm`: the only file that calls BLAS.
///
/// Matrices are row-major. Each product's reduction over `k` runs in one thread per output
/// block, so results are the same at any OpenBLAS thread count.
public enum GEMM {
    /// Computes `c = alpha · op(a) · op(b) + beta · c` on raw row-major buffers.
    ///
    /// - Parameters:
    ///   - transposeA: Whether `a` is stored as k×m (use its transpose).
    ///   - transposeB: Whether `b` is stored as n×k (use its transpose).
    ///   - m: Rows of `op(a)` and `c`.
    ///   - n: Columns of `op(b)` and `c`.
    ///   - k: The reduction length.
    ///   - alpha: Scale of the product.
    ///   - a: `op(a)`'s storage, leading dimension `lda`.
    ///   - lda: Row stride of `a` as stored.
    ///   - b: `op(b)`'s storage, leading dimension `ldb`.
    ///   - ldb: Row stride of `b` as stored.
    ///   - beta: Scale of the existing `c` (0 ignores its contents).
    ///   - c: The m×n output, leading dimension `ldc`.
    ///   - ldc: Row stride of `c`.
    public static func multiply(
        transposeA: Bool = false, transposeB: Bool = false, m: Int, n: Int, k: Int, alpha: Float = 1,
        a: UnsafePointer<Float>, lda: Int, b: UnsafePointer<Float>, ldb: Int, beta: Float = 0,
        c: UnsafeMutablePointer<Float>, ldc: Int
    ) {
        guard m > 0, n > 0 else { return }
        cblas_sgemm(
            CblasRowMajor, transposeA ? CblasTrans : CblasNoTrans, transposeB ? CblasTrans : CblasNoTrans,
            Int32(m), Int32(n), Int32(k), alpha, a, Int32(lda), b, Int32(ldb), beta, c, Int32(ldc))
    }

    /// The number of threads OpenBLAS uses for each product.
    public static var threadCount: Int {
        get { Int(openblas_get_num_threads()) }
        set { openblas_set_num_threads(Int32(max(1, newValue))) }
    }
}
