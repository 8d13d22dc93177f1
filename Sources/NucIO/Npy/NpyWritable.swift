/// An element type `NpyWriter` can store, little-endian.
public protocol NpyWritable: Sendable {
    /// The numpy descriptor numpy writes for this type, such as `<i4`, `|u1` or `<f8`.
    static var npyDescriptor: String { get }

    /// The value whose in-memory bytes are this value's little-endian encoding.
    var littleEndianStorage: Self { get }
}

extension Int32: NpyWritable {
    /// `<i4`.
    public static var npyDescriptor: String { "<i4" }
    /// The value with its bytes in little-endian order.
    public var littleEndianStorage: Int32 { littleEndian }
}

extension Int64: NpyWritable {
    /// `<i8`.
    public static var npyDescriptor: String { "<i8" }
    /// The value with its bytes in little-endian order.
    public var littleEndianStorage: Int64 { littleEndian }
}

extension UInt8: NpyWritable {
    /// `|u1`.
    public static var npyDescriptor: String { "|u1" }
    /// The value itself: one byte has no order.
    public var littleEndianStorage: UInt8 { self }
}

extension Float: NpyWritable {
    /// `<f4`.
    public static var npyDescriptor: String { "<f4" }
    /// The value with its bytes in little-endian order.
    public var littleEndianStorage: Float { Float(bitPattern: bitPattern.littleEndian) }
}

extension Double: NpyWritable {
    /// `<f8`.
    public static var npyDescriptor: String { "<f8" }
    /// The value with its bytes in little-endian order.
    public var littleEndianStorage: Double { Double(bitPattern: bitPattern.littleEndian) }
}
