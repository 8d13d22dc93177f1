import CBLAS
import Dispatch
import Foundation

/// Single-precision matrix products through OpenBLAS `cblas_sgemm`: the only file that calls BLAS.
///
/// Matrices are row-major. OpenBLAS's own threading changes the bits of a product with the
/// thread count, so OpenBLAS always runs single-threaded here; large products are cut into
/// column (or row) blocks whose boundaries depend on the matrix sizes only, and the blocks are
/// spread over `threadCount` threads. Every block is the same `cblas_sgemm` call whichever
/// thread runs it, so a product has the same bits at any thread count.
public enum GEMM {
    /// Products below this many multiply-adds run as one block: splitting them costs more than it saves.
    static let smallProduct = 1 << 21

    /// The number of threads products (and the engine's other parallel loops) use; all cores by default.
    public static var threadCount: Int {
        get { ThreadSetting.shared.count }
        set { ThreadSetting.shared.count = max(1, newValue) }
    }

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
        let product = Product(
            transposeA: transposeA, transposeB: transposeB, k: k, alpha: alpha, a: a, lda: lda, b: b, ldb: ldb,
            beta: beta, c: c, ldc: ldc)
        let splitColumns = n >= m
        let blocks = blockCount(m: m, n: n, k: k)
        let extent = splitColumns ? n : m
        let workers = min(threadCount, blocks)
        let run: @Sendable (Int) -> Void = { worker in
            var block = worker
            while block < blocks {
                let range = (extent * block / blocks)..<(extent * (block + 1) / blocks)
                if splitColumns {
                    product.run(rows: 0..<m, columns: range)
                } else {
                    product.run(rows: range, columns: 0..<n)
                }
                block += workers
            }
        }
        guard workers > 1 else { return run(0) }
        DispatchQueue.concurrentPerform(iterations: workers) { run($0) }
    }

    /// How many blocks a product is cut into: a function of its sizes only, never of the thread count.
    ///
    /// - Parameters:
    ///   - m: Rows of the output.
    ///   - n: Columns of the output.
    ///   - k: The reduction length.
    /// - Returns: 1 for small products, else enough blocks of ≥ 64 rows or columns to balance two to eight threads.
    static func blockCount(m: Int, n: Int, k: Int) -> Int {
        guard m * n * k >= smallProduct else { return 1 }
        return max(1, min(16, max(m, n) / 64))
    }
}

/// One product's operands, shared by the threads that compute its blocks.
private struct Product: @unchecked Sendable {
    let transposeA: Bool
    let transposeB: Bool
    let k: Int
    let alpha: Float
    let a: UnsafePointer<Float>
    let lda: Int
    let b: UnsafePointer<Float>
    let ldb: Int
    let beta: Float
    let c: UnsafeMutablePointer<Float>
    let ldc: Int

    /// Computes the block `c[rows, columns]` with one single-threaded `cblas_sgemm`.
    func run(rows: Range<Int>, columns: Range<Int>) {
        guard !rows.isEmpty, !columns.isEmpty else { return }
        let blockA = transposeA ? a + rows.lowerBound : a + rows.lowerBound * lda
        let blockB = transposeB ? b + columns.lowerBound * ldb : b + columns.lowerBound
        cblas_sgemm(
            CblasRowMajor, transposeA ? CblasTrans : CblasNoTrans, transposeB ? CblasTrans : CblasNoTrans,
            Int32(rows.count), Int32(columns.count), Int32(k), alpha, blockA, Int32(lda), blockB, Int32(ldb), beta,
            c + rows.lowerBound * ldc + columns.lowerBound, Int32(ldc))
    }
}

/// The engine's thread count, with OpenBLAS pinned to one thread before the first product.
private final class ThreadSetting: @unchecked Sendable {
    /// The process-wide setting.
    static let shared = ThreadSetting()

    private var value = ProcessInfo.processInfo.activeProcessorCount
    private let lock = NSLock()

    private init() {
        openblas_set_num_threads(1)
    }

    var count: Int {
        get { lock.withLock { value } }
        set { lock.withLock { value = newValue } }
    }
}
