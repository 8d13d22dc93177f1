import Dispatch

/// The exact (erf) Gaussian error linear unit, `x · Φ(x) = x/2 · (1 + erf(x/√2))`.
///
/// This is PyTorch's `nn.GELU()` with `approximate='none'`, used by SAM's MLPs and ConvNeXt
/// (Hendrycks & Gimpel 2016). `erf` comes from `VectorMath.erf` (≤ 1.6e-7 absolute error).
enum GELU {
    /// Applies GELU in place to `count` contiguous values.
    ///
    /// Large buffers are split into `GEMM.threadCount` fixed contiguous parts processed
    /// concurrently; each value depends only on itself, so the result is the same at any thread count.
    ///
    /// - Parameters:
    ///   - values: The first value.
    ///   - count: How many values.
    static func apply(_ values: UnsafeMutablePointer<Float>, count: Int) {
        let parts = count >= 1 << 16 ? GEMM.threadCount : 1
        guard parts > 1 else { return applySerially(values, count: count) }
        let chunk = (count / parts + VectorMath.width - 1) / VectorMath.width * VectorMath.width
        nonisolated(unsafe) let shared = values
        DispatchQueue.concurrentPerform(iterations: parts) { part in
            let start = part * chunk
            let end = min(count, start + chunk)
            if start < end { applySerially(shared + start, count: end - start) }
        }
    }

    /// Applies GELU in place on the calling thread.
    private static func applySerially(_ values: UnsafeMutablePointer<Float>, count: Int) {
        let width = VectorMath.width
        var index = 0
        while index + width <= count {
            let raw = UnsafeMutableRawPointer(values + index)
            let x = raw.loadUnaligned(as: SIMD16<Float>.self)
            raw.storeBytes(of: activation(x), as: SIMD16<Float>.self)
            index += width
        }
        if index < count {
            var x = SIMD16<Float>.zero
            for lane in 0..<(count - index) { x[lane] = values[index + lane] }
            let y = activation(x)
            for lane in 0..<(count - index) { values[index + lane] = y[lane] }
        }
    }

    /// Applies GELU to every element of a tensor.
    ///
    /// - Parameter tensor: Any shape; changed in place.
    static func apply(_ tensor: inout Tensor) {
        let count = tensor.count
        tensor.elements.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            apply(base, count: count)
        }
    }

    @inline(__always)
    private static func activation(_ x: SIMD16<Float>) -> SIMD16<Float> {
        x * 0.5 * (1 + VectorMath.erf(x * 0.707_106_781_19))
    }
}
