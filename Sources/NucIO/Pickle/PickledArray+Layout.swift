extension PickledArray {
    // MARK: - Reordering to row-major

    /// Creates an array from elements stored column-major (Fortran order).
    ///
    /// - Parameters:
    ///   - data: The elements, first index fastest.
    ///   - dtype: The element type.
    ///   - shape: The array's dimensions.
    /// - Throws: `InputError` if `data` has the wrong length or the size overflows.
    init(fortranOrdered data: [UInt8], dtype: NpyDType, shape: [Int]) throws {
        let axes = Array(shape.indices.reversed())
        try self.init(rowMajor: data, dtype: dtype, shape: shape.reversed(), transposedBy: axes)
    }

    /// Creates `numpy.transpose(source, axes)` of a row-major `source` of shape `shape`.
    ///
    /// The result has dimension `k` equal to `shape[axes[k]]`, as numpy's `transpose` does.
    ///
    /// - Parameters:
    ///   - data: The source elements, row-major.
    ///   - dtype: The element type.
    ///   - shape: The source's dimensions.
    ///   - axes: A permutation of `0..<shape.count`.
    /// - Throws: `InputError` if `axes` is not a permutation, `data` has the wrong length,
    ///   or the size overflows.
    /// - Complexity: O(elements).
    init(rowMajor data: [UInt8], dtype: NpyDType, shape: [Int], transposedBy axes: [Int]) throws {
        guard axes.count == shape.count, axes.sorted() == Array(shape.indices) else {
            throw InputError("axis order \(axes) is not a permutation of \(shape.count) axes")
        }
        let count = try Self.elementCount(of: shape, itemSize: dtype.itemSize)
        let itemSize = dtype.itemSize
        guard data.count == count * itemSize else {
            throw InputError(
                "array of shape \(shape) and dtype \(dtype) needs \(count * itemSize) bytes, got \(data.count)")
        }
        let resultShape = axes.map { shape[$0] }
        guard count > 0, axes != Array(shape.indices) else {
            try self.init(dtype: dtype, shape: resultShape, bytes: data)
            return
        }
        var sourceStrides = [Int](repeating: itemSize, count: shape.count)
        for axis in shape.indices.dropLast().reversed() {
            sourceStrides[axis] = sourceStrides[axis + 1] * shape[axis + 1]
        }
        let strides = axes.map { sourceStrides[$0] }
        var result = [UInt8](repeating: 0, count: data.count)
        var counters = [Int](repeating: 0, count: resultShape.count)
        var source = 0
        for destination in stride(from: 0, to: result.count, by: itemSize) {
            for byte in 0..<itemSize { result[destination + byte] = data[source + byte] }
            var axis = resultShape.count - 1
            while axis >= 0 {
                counters[axis] += 1
                source += strides[axis]
                if counters[axis] < resultShape[axis] { break }
                source -= strides[axis] * resultShape[axis]
                counters[axis] = 0
                axis -= 1
            }
        }
        try self.init(dtype: dtype, shape: resultShape, bytes: result)
    }
}
