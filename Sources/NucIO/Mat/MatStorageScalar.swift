/// A numeric type a Level-5 data element stores values in (`miINT8` … `miDOUBLE`), read
/// straight from the buffer and converted to the array's class as numpy's `astype` does.
///
/// MATLAB stores a class's values in the smallest type that holds them (a `double` array
/// of small whole numbers as `miUINT8`), so storage and class are independent.
protocol MatStorageScalar {
    /// Bytes per value.
    static var size: Int { get }

    /// Reads one value; the caller has checked the bounds.
    ///
    /// - Parameters:
    ///   - buffer: The bytes and their byte order.
    ///   - position: Where the value starts; need not be aligned.
    /// - Returns: The value.
    static func load(from buffer: MatBuffer, at position: Int) -> Self

    /// The value as `astype(np.float64)` gives it: exact, or nearest-even for 64-bit integers.
    var convertedToDouble: Double { get }
    /// The value as `astype(np.float32)` gives it: rounded to nearest even, ±inf on overflow.
    var convertedToFloat: Float { get }
    /// Whether `astype(bool)` gives true: the value is not zero (NaN is true).
    var isNonzero: Bool { get }

    /// The value in an integer class when it is exactly representable there.
    ///
    /// - Parameter type: The class's integer type.
    /// - Returns: The value, or nil if it is fractional, not finite, or out of range.
    func exactly<Target: FixedWidthInteger>(_ type: Target.Type) -> Target?
}

/// A computation over stored values, generic in their Swift type.
protocol MatStorageVisitor {
    /// What the computation produces.
    associatedtype Result

    /// Runs the computation for values stored as `Storage`.
    ///
    /// - Parameter type: The storage type.
    /// - Returns: The result.
    /// - Throws: `InputError` when a value cannot be converted.
    func visit<Storage: MatStorageScalar>(_ type: Storage.Type) throws -> Result
}

extension MatDataType {
    /// Calls `visitor` with the Swift type of this numeric storage type.
    ///
    /// - Parameter visitor: The computation.
    /// - Returns: Its result, or nil for a type that is not numeric.
    /// - Throws: What the visitor throws.
    func visitStorage<Visitor: MatStorageVisitor>(_ visitor: Visitor) throws -> Visitor.Result? {
        switch self {
        case .int8: try visitor.visit(Int8.self)
        case .uint8: try visitor.visit(UInt8.self)
        case .int16: try visitor.visit(Int16.self)
        case .uint16: try visitor.visit(UInt16.self)
        case .int32: try visitor.visit(Int32.self)
        case .uint32: try visitor.visit(UInt32.self)
        case .int64: try visitor.visit(Int64.self)
        case .uint64: try visitor.visit(UInt64.self)
        case .single: try visitor.visit(Float.self)
        case .double: try visitor.visit(Double.self)
        case .matrix, .compressed, .utf8, .utf16, .utf32: nil
        }
    }
}

// MARK: - Conformances

extension MatStorageScalar where Self: FixedWidthInteger {
    static var size: Int { MemoryLayout<Self>.size }

    static func load(from buffer: MatBuffer, at position: Int) -> Self {
        buffer.load(Self.self, at: position)
    }

    var convertedToDouble: Double { Double(self) }
    var convertedToFloat: Float { Float(self) }
    var isNonzero: Bool { self != 0 }

    func exactly<Target: FixedWidthInteger>(_ type: Target.Type) -> Target? { Target(exactly: self) }
}

extension MatStorageScalar where Self: BinaryFloatingPoint {
    var convertedToDouble: Double { Double(self) }
    var convertedToFloat: Float { Float(self) }
    var isNonzero: Bool { self != 0 }

    func exactly<Target: FixedWidthInteger>(_ type: Target.Type) -> Target? { Target(exactly: self) }
}

extension Int8: MatStorageScalar {}
extension UInt8: MatStorageScalar {}
extension Int16: MatStorageScalar {}
extension UInt16: MatStorageScalar {}
extension Int32: MatStorageScalar {}
extension UInt32: MatStorageScalar {}
extension Int64: MatStorageScalar {}
extension UInt64: MatStorageScalar {}

extension Float: MatStorageScalar {
    static var size: Int { 4 }

    static func load(from buffer: MatBuffer, at position: Int) -> Float {
        Float(bitPattern: buffer.load(UInt32.self, at: position))
    }
}

extension Double: MatStorageScalar {
    static var size: Int { 8 }

    static func load(from buffer: MatBuffer, at position: Int) -> Double {
        Double(bitPattern: buffer.load(UInt64.self, at: position))
    }
}
