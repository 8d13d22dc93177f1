/// Reordering MATLAB's column-major (Fortran) element order into row-major (C) order.
///
/// For a shape (d0, d1, …, dk), the element at row-major index j, i.e. at position
/// (i0, …, ik) with j = ((i0·d1 + i1)·d2 + …)·dk + ik, has column-major index
/// i = i0 + d0·(i1 + d1·(i2 + …)).
enum MatLayout {
    /// Side of the square tiles a 2-D transpose goes through, so that both the column
    /// reads and the row writes of a tile stay in cache.
    static let tileSize = 32

    /// Builds the row-major array whose element j is `element(i)`, i the column-major index
    /// of the same position.
    ///
    /// - Parameters:
    ///   - shape: The dimensions, at least two.
    ///   - element: Produces the element of a column-major index.
    /// - Returns: The elements in row-major order.
    /// - Throws: What `element` throws.
    /// - Complexity: O(product of `shape`); 2-D shapes go tile by tile.
    static func rowMajor<Value: BitwiseCopyable>(shape: [Int], _ element: (Int) throws -> Value) rethrows
        -> [Value]
    {
        let count = shape.reduce(1, *)
        let isTwoDimensional = shape.dropFirst(2).allSatisfy { $0 == 1 }
        if !isTwoDimensional {
            return try sourceIndices(shape: shape).map(element)
        }
        let (rows, columns) = (shape[0], shape[1])
        if rows <= 1 || columns <= 1 {
            return try (0..<count).map(element)
        }
        return try [Value](unsafeUninitializedCapacity: count) { output, initialized in
            for rowStart in stride(from: 0, to: rows, by: tileSize) {
                let rowEnd = min(rowStart + tileSize, rows)
                for columnStart in stride(from: 0, to: columns, by: tileSize) {
                    for column in columnStart..<min(columnStart + tileSize, columns) {
                        for row in rowStart..<rowEnd {
                            output.initializeElement(at: row * columns + column, to: try element(column * rows + row))
                        }
                    }
                }
            }
            initialized = count
        }
    }

    /// Reorders column-major elements into row-major order.
    ///
    /// - Parameters:
    ///   - columnMajor: The elements in MATLAB's order.
    ///   - shape: The dimensions, at least two; their product is `columnMajor.count`.
    /// - Returns: The elements in row-major order.
    static func reordered<Value>(_ columnMajor: [Value], shape: [Int]) -> [Value] {
        sourceIndices(shape: shape).map { columnMajor[$0] }
    }

    /// The column-major index of each row-major position, in row-major order.
    ///
    /// - Parameter shape: The dimensions.
    /// - Returns: One index per element.
    static func sourceIndices(shape: [Int]) -> [Int] {
        let count = shape.reduce(1, *)
        guard count > 0 else { return [] }
        var strides = [Int](repeating: 1, count: shape.count)
        for axis in shape.indices.dropFirst() {
            strides[axis] = strides[axis - 1] * shape[axis - 1]
        }
        var indices = [Int]()
        indices.reserveCapacity(count)
        var position = [Int](repeating: 0, count: shape.count)
        var source = 0
        for _ in 0..<count {
            indices.append(source)
            var axis = shape.count - 1
            while axis >= 0 {
                position[axis] += 1
                source += strides[axis]
                if position[axis] < shape[axis] { break }
                source -= shape[axis] * strides[axis]
                position[axis] = 0
                axis -= 1
            }
        }
        return indices
    }
}
