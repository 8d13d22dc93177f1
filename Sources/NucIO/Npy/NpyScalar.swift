/// A fixed-size numeric element type of an `.npy` file, read straight from mapped bytes.
protocol NpyScalar: CustomStringConvertible {
    /// Reads one element.
    ///
    /// - Parameters:
    ///   - bytes: The mapped file.
    ///   - offset: Byte offset of the element; need not be aligned.
    ///   - swapped: Whether the file's byte order differs from the machine's.
    /// - Returns: The element.
    static func load(from bytes: UnsafeRawBufferPointer, at offset: Int, swapped: Bool) -> Self

    /// The value as numpy's `astype(np.float64)` gives it: exact, or rounded to nearest
    /// even for 64-bit integers beyond 2^53.
    var doubleValue: Double { get }

    /// The value as an `Int64` when it is a whole number in range, otherwise nil.
    var exactInt64: Int64? { get }
}

/// A computation over the elements of an array, generic in the element's Swift type.
///
/// `NpyDType.visitScalarType(_:)` switches on the type once and calls `visit` with the
/// matching Swift type, so the element loop inside `visit` is specialised and has no
/// per-element dispatch.
protocol NpyScalarVisitor {
    /// What the computation produces.
    associatedtype Result

    /// Runs the computation for elements of type `Scalar`.
    ///
    /// - Parameter type: The element type.
    /// - Returns: The result.
    /// - Throws: `InputError` when an element cannot be converted.
    func visit<Scalar: NpyScalar>(_ type: Scalar.Type) throws -> Result
}

extension NpyDType {
    /// Calls `visitor` with the Swift type of this dtype's elements.
    ///
    /// - Parameter visitor: The computation.
    /// - Returns: Its result, or nil for non-numeric (unicode) elements.
    /// - Throws: What the visitor throws.
    func visitScalarType<Visitor: NpyScalarVisitor>(_ visitor: Visitor) throws -> Visitor.Result? {
        switch (kind, itemSize) {
        case (.boolean, _): return try visitor.visit(Bool.self)
        case (.unsignedInteger, 1): return try visitor.visit(UInt8.self)
        case (.unsignedInteger, 2): return try visitor.visit(UInt16.self)
        case (.unsignedInteger, 4): return try visitor.visit(UInt32.self)
        case (.unsignedInteger, _): return try visitor.visit(UInt64.self)
        case (.signedInteger, 1): return try visitor.visit(Int8.self)
        case (.signedInteger, 2): return try visitor.visit(Int16.self)
        case (.signedInteger, 4): return try visitor.visit(Int32.self)
        case (.signedInteger, _): return try visitor.visit(Int64.self)
        case (.floatingPoint, 4): return try visitor.visit(Float.self)
        case (.floatingPoint, _): return try visitor.visit(Double.self)
        case (.unicode, _): return nil
        }
    }
}

// MARK: - Conformances

extension NpyScalar where Self: FixedWidthInteger {
    static func load(from bytes: UnsafeRawBufferPointer, at offset: Int, swapped: Bool) -> Self {
        let raw = bytes.loadUnaligned(fromByteOffset: offset, as: Self.self)
        return swapped ? raw.byteSwapped : raw
    }

    var doubleValue: Double { Double(self) }

    var exactInt64: Int64? { Int64(exactly: self) }
}

extension UInt8: NpyScalar {}
extension UInt16: NpyScalar {}
extension UInt32: NpyScalar {}
extension UInt64: NpyScalar {}
extension Int8: NpyScalar {}
extension Int16: NpyScalar {}
extension Int32: NpyScalar {}
extension Int64: NpyScalar {}

extension Bool: NpyScalar {
    static func load(from bytes: UnsafeRawBufferPointer, at offset: Int, swapped: Bool) -> Bool {
        bytes[offset] != 0
    }

    var doubleValue: Double { self ? 1 : 0 }

    var exactInt64: Int64? { self ? 1 : 0 }
}

extension Float: NpyScalar {
    static func load(from bytes: UnsafeRawBufferPointer, at offset: Int, swapped: Bool) -> Float {
        Float(bitPattern: UInt32.load(from: bytes, at: offset, swapped: swapped))
    }

    var doubleValue: Double { Double(self) }

    var exactInt64: Int64? { Int64(exactly: self) }
}

extension Double: NpyScalar {
    static func load(from bytes: UnsafeRawBufferPointer, at offset: Int, swapped: Bool) -> Double {
        Double(bitPattern: UInt64.load(from: bytes, at: offset, swapped: swapped))
    }

    var doubleValue: Double { self }

    var exactInt64: Int64? { Int64(exactly: self) }
}
