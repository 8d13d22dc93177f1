/// Reusable working memory for `Convolution` and `TransposedConvolution`: the im2col matrix or the
/// GEMM result before its scatter.
///
/// It grows to the largest size asked of it and is never shrunk, so one scratch per model (or per
/// thread) serves every layer without further allocation. It is per-call state, kept apart from the
/// immutable weights.
public struct ConvolutionScratch: Sendable {
    /// The buffer; only its first `count` elements of the latest request are meaningful.
    private(set) var buffer: [Float] = []

    /// Creates an empty scratch.
    public init() {}

    /// Runs `body` on at least `count` elements of scratch memory.
    ///
    /// - Parameters:
    ///   - count: The number of floats needed.
    ///   - body: Uses the memory; its contents on entry are unspecified.
    /// - Returns: What `body` returns.
    mutating func withBuffer<Result>(
        count: Int, _ body: (UnsafeMutablePointer<Float>) -> Result
    ) -> Result {
        if buffer.count < max(count, 1) {
            buffer = [Float](repeating: 0, count: max(count, 1))
        }
        return buffer.withUnsafeMutableBufferPointer { pointer in
            guard let base = pointer.baseAddress else { preconditionFailure("scratch of \(count) floats") }
            return body(base)
        }
    }
}
