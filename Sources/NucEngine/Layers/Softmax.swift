/// Row-wise softmax over the last axis, as PyTorch's `softmax(dim=-1)` computes it.
///
/// Each row subtracts its maximum, exponentiates (`VectorMath.exp`), and multiplies by the
/// reciprocal of its sum.
enum Softmax {
    /// Replaces each row of a row-major matrix with its softmax.
    ///
    /// - Parameters:
    ///   - values: The first row's first element.
    ///   - rows: The number of rows.
    ///   - columns: The length of each row (≥ 1).
    ///   - stride: The distance between row starts, in elements (≥ `columns`).
    static func apply(_ values: UnsafeMutablePointer<Float>, rows: Int, columns: Int, stride: Int) {
        for row in 0..<rows { applyRow(values + row * stride, count: columns) }
    }

    /// Replaces one contiguous row with its softmax.
    private static func applyRow(_ row: UnsafeMutablePointer<Float>, count: Int) {
        let width = VectorMath.width
        let whole = count - count % width
        var maxima = SIMD16<Float>(repeating: -.infinity)
        for index in Swift.stride(from: 0, to: whole, by: width) {
            let values = load(row + index)
            maxima = maxima.replacing(with: values, where: values .> maxima)
        }
        var maximum = maxima.max()
        for index in whole..<count { maximum = max(maximum, row[index]) }
        var sums = SIMD16<Float>.zero
        for index in Swift.stride(from: 0, to: whole, by: width) {
            let e = VectorMath.exp(load(row + index) - maximum)
            UnsafeMutableRawPointer(row + index).storeBytes(of: e, as: SIMD16<Float>.self)
            sums += e
        }
        var sum = sums.sum()
        if whole < count {
            var x = SIMD16<Float>(repeating: -.infinity)
            for lane in 0..<(count - whole) { x[lane] = row[whole + lane] }
            let e = VectorMath.exp(x - maximum)
            for lane in 0..<(count - whole) {
                row[whole + lane] = e[lane]
                sum += e[lane]
            }
        }
        let scale = 1 / sum
        for index in Swift.stride(from: 0, to: whole, by: width) {
            UnsafeMutableRawPointer(row + index).storeBytes(of: load(row + index) * scale, as: SIMD16<Float>.self)
        }
        for index in whole..<count { row[index] *= scale }
    }

    @inline(__always)
    private static func load(_ pointer: UnsafeMutablePointer<Float>) -> SIMD16<Float> {
        UnsafeRawPointer(pointer).loadUnaligned(as: SIMD16<Float>.self)
    }
}
