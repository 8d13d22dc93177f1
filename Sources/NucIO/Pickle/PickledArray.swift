/// A numpy array rebuilt from a pickle: its element type, shape and row-major bytes.
///
/// Elements keep the byte order the pickle stored (`dtype.byteOrder`); Fortran-ordered and
/// transposed arrays are reordered to row-major (C) order when they are rebuilt, so element
/// `i` of `int64Values()` is element `i` of numpy's `array.ravel(order='C')`.
public struct PickledArray: Sendable, Hashable {
    /// The element type.
    public let dtype: NpyDType
    /// Dimensions; empty for a scalar.
    public let shape: [Int]
    /// The elements in row-major order, `dtype.itemSize` bytes each.
    public let bytes: [UInt8]

    /// Number of elements: the product of `shape`.
    public var count: Int { shape.reduce(1, *) }

    /// Creates an array after checking that `bytes` holds exactly `shape`'s elements.
    ///
    /// - Parameters:
    ///   - dtype: The element type.
    ///   - shape: Dimensions, each non-negative.
    ///   - bytes: Row-major elements.
    /// - Throws: `InputError` (without a file) if a dimension is negative, the size
    ///   overflows, or `bytes` has the wrong length.
    public init(dtype: NpyDType, shape: [Int], bytes: [UInt8]) throws {
        let count = try Self.elementCount(of: shape, itemSize: dtype.itemSize)
        guard bytes.count == count * dtype.itemSize else {
            throw InputError(
                "array of shape \(shape) and dtype \(dtype) needs \(count * dtype.itemSize) bytes, got \(bytes.count)")
        }
        self.dtype = dtype
        self.shape = shape
        self.bytes = bytes
    }

    /// Hashes the dtype, shape and bytes, the parts `==` compares.
    ///
    /// - Parameter hasher: The hasher.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(dtype.description)
        hasher.combine(shape)
        hasher.combine(bytes)
    }

    // MARK: - Elements

    /// The elements as exact integers: booleans give 0 and 1, floats must be whole numbers.
    ///
    /// - Returns: The values in row-major order.
    /// - Throws: `InputError` for a unicode dtype or a value with no exact `Int64`.
    public func int64Values() throws -> [Int64] {
        guard let values = try dtype.visitScalarType(ExactIntegers(array: self)) else {
            throw InputError("cannot read \(dtype) strings as integers")
        }
        return values
    }

    /// The elements as `Double`s, converted as numpy's `astype(np.float64)` converts them.
    ///
    /// - Returns: The values in row-major order.
    /// - Throws: `InputError` for a unicode dtype.
    public func doubleValues() throws -> [Double] {
        guard let values = try dtype.visitScalarType(Doubles(array: self)) else {
            throw InputError("cannot read \(dtype) strings as numbers")
        }
        return values
    }

    /// The elements of a unicode (`U`) array, with numpy's trailing-NUL padding removed.
    ///
    /// - Returns: The strings in row-major order.
    /// - Throws: `InputError` for a non-string dtype or a code unit that is not a scalar.
    public func strings() throws -> [String] {
        guard dtype.kind == .unicode else {
            throw InputError("array has dtype \(dtype), not a unicode string dtype")
        }
        let swapped = dtype.needsByteSwap
        return try bytes.withUnsafeBytes { raw in
            try stride(from: 0, to: raw.count, by: dtype.itemSize).map { start in
                var scalars = String.UnicodeScalarView()
                for offset in stride(from: start, to: start + dtype.itemSize, by: 4) {
                    let unit = UInt32.load(from: raw, at: offset, swapped: swapped)
                    guard let scalar = Unicode.Scalar(unit) else {
                        throw InputError("code unit \(unit) is not a Unicode scalar")
                    }
                    scalars.append(scalar)
                }
                var text = String(scalars)
                while text.unicodeScalars.last == "\u{0}" { text.unicodeScalars.removeLast() }
                return text
            }
        }
    }

    // MARK: - Sizes

    /// The number of elements of `shape`, checking that its byte size fits in `Int`.
    ///
    /// - Parameters:
    ///   - shape: Dimensions.
    ///   - itemSize: Bytes per element.
    /// - Returns: The product of the dimensions.
    /// - Throws: `InputError` for a negative dimension or an overflowing size.
    static func elementCount(of shape: [Int], itemSize: Int) throws -> Int {
        var count = 1
        var size = max(itemSize, 1)
        for dimension in shape {
            guard dimension >= 0 else { throw InputError("array shape \(shape) has a negative dimension") }
            let (newCount, countOverflow) = count.multipliedReportingOverflow(by: dimension)
            let (newSize, sizeOverflow) = size.multipliedReportingOverflow(by: max(dimension, 1))
            guard !countOverflow, !sizeOverflow else {
                throw InputError("array shape \(shape) overflows 64-bit sizes")
            }
            (count, size) = (newCount, newSize)
        }
        return count
    }
}

// MARK: - Element converters

/// Converts every element with `exactInt64`, failing on the first that has none.
private struct ExactIntegers: NpyScalarVisitor {
    let array: PickledArray

    func visit<Scalar: NpyScalar>(_ type: Scalar.Type) throws -> [Int64] {
        let (itemSize, swapped) = (array.dtype.itemSize, array.dtype.needsByteSwap)
        return try array.bytes.withUnsafeBytes { raw in
            try (0..<array.count).map { index in
                let value = Scalar.load(from: raw, at: index * itemSize, swapped: swapped)
                guard let exact = value.exactInt64 else {
                    throw InputError("array element \(index) (\(value)) is not an integer in Int64 range")
                }
                return exact
            }
        }
    }
}

/// Converts every element with `doubleValue`.
private struct Doubles: NpyScalarVisitor {
    let array: PickledArray

    func visit<Scalar: NpyScalar>(_ type: Scalar.Type) -> [Double] {
        let (itemSize, swapped) = (array.dtype.itemSize, array.dtype.needsByteSwap)
        return array.bytes.withUnsafeBytes { raw in
            (0..<array.count).map { Scalar.load(from: raw, at: $0 * itemSize, swapped: swapped).doubleValue }
        }
    }
}
