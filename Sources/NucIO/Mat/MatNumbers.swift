/// The values of a numeric MATLAB array, in the Swift type of the array's class.
///
/// Each case is one MATLAB class, so every value is exact: `uint64` and `int64` keep all
/// 64 bits, and `single` stays `Float`. The `logical` case holds MATLAB `logical` arrays
/// (stored as `uint8` with the logical flag).
public enum MatNumbers: Sendable, Equatable {
    /// `double`.
    case double([Double])
    /// `single`.
    case single([Float])
    /// `int8`.
    case int8([Int8])
    /// `uint8`.
    case uint8([UInt8])
    /// `int16`.
    case int16([Int16])
    /// `uint16`.
    case uint16([UInt16])
    /// `int32`.
    case int32([Int32])
    /// `uint32`.
    case uint32([UInt32])
    /// `int64`.
    case int64([Int64])
    /// `uint64`.
    case uint64([UInt64])
    /// `logical`.
    case logical([Bool])

    /// MATLAB's name for the class: `double`, `single`, `int8` … `uint64` or `logical`.
    public var className: String {
        switch self {
        case .double: "double"
        case .single: "single"
        case .int8: "int8"
        case .uint8: "uint8"
        case .int16: "int16"
        case .uint16: "uint16"
        case .int32: "int32"
        case .uint32: "uint32"
        case .int64: "int64"
        case .uint64: "uint64"
        case .logical: "logical"
        }
    }

    /// Number of values.
    public var count: Int {
        switch self {
        case .double(let values): values.count
        case .single(let values): values.count
        case .int8(let values): values.count
        case .uint8(let values): values.count
        case .int16(let values): values.count
        case .uint16(let values): values.count
        case .int32(let values): values.count
        case .uint32(let values): values.count
        case .int64(let values): values.count
        case .uint64(let values): values.count
        case .logical(let values): values.count
        }
    }

    /// Whether the class is `double` or `single`.
    public var isFloatingPoint: Bool {
        switch self {
        case .double, .single: true
        default: false
        }
    }
}
