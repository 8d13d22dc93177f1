/// A numeric MATLAB array: its shape and its values in row-major order.
///
/// MATLAB stores arrays column-major; the reader reorders them so that `numbers` is
/// row-major (C order) for `shape`, the MATLAB dimensions (always at least two), exactly
/// as numpy's `scipy.io.loadmat(...)` array with the same shape lists them.
public struct MatArray: Sendable, Equatable {
    /// MATLAB dimensions: `[60, 50]` is 60 rows and 50 columns.
    public let shape: [Int]
    /// The values in the class's Swift type, row-major.
    public let numbers: MatNumbers

    /// Creates an array.
    ///
    /// - Parameters:
    ///   - shape: The dimensions; their product must be `numbers.count`.
    ///   - numbers: Row-major values.
    public init(shape: [Int], numbers: MatNumbers) {
        precondition(shape.reduce(1, *) == numbers.count, "shape must match the number of values")
        self.shape = shape
        self.numbers = numbers
    }

    /// Number of values.
    public var count: Int { numbers.count }

    /// The values as `Double`s, as numpy's `astype(np.float64)` converts them.
    ///
    /// Exact except for 64-bit integers beyond 2^53, which round to nearest even.
    public var doubleValues: [Double] {
        switch numbers {
        case .double(let values): values
        case .single(let values): values.map(Double.init)
        case .int8(let values): values.map(Double.init)
        case .uint8(let values): values.map(Double.init)
        case .int16(let values): values.map(Double.init)
        case .uint16(let values): values.map(Double.init)
        case .int32(let values): values.map(Double.init)
        case .uint32(let values): values.map(Double.init)
        case .int64(let values): values.map(Double.init)
        case .uint64(let values): values.map(Double.init)
        case .logical(let values): values.map { $0 ? 1 : 0 }
        }
    }

    /// The values as exact integers.
    ///
    /// - Returns: Row-major values; logicals are 0 and 1.
    /// - Throws: `InputError` (without a file) naming the first value that is fractional,
    ///   not finite, or outside `Int64` (a `uint64` above `Int64.max`).
    public func int64Values() throws -> [Int64] {
        switch numbers {
        case .double(let values): try Self.exact(values)
        case .single(let values): try Self.exact(values)
        case .int8(let values): values.map(Int64.init)
        case .uint8(let values): values.map(Int64.init)
        case .int16(let values): values.map(Int64.init)
        case .uint16(let values): values.map(Int64.init)
        case .int32(let values): values.map(Int64.init)
        case .uint32(let values): values.map(Int64.init)
        case .int64(let values): values
        case .uint64(let values): try Self.exact(values)
        case .logical(let values): values.map { $0 ? 1 : 0 }
        }
    }

    /// Converts each value with `Int64(exactly:)`, failing on the first that has none.
    private static func exact<Value: BinaryFloatingPoint>(_ values: [Value]) throws -> [Int64] {
        try values.enumerated().map { index, value in
            guard let exact = Int64(exactly: value) else {
                throw InputError("value \(value) at index \(index) (row-major) is not an integer in Int64 range")
            }
            return exact
        }
    }

    /// Converts each value with `Int64(exactly:)`, failing on the first that has none.
    private static func exact(_ values: [UInt64]) throws -> [Int64] {
        try values.enumerated().map { index, value in
            guard let exact = Int64(exactly: value) else {
                throw InputError("value \(value) at index \(index) (row-major) is larger than Int64.max")
            }
            return exact
        }
    }
}
