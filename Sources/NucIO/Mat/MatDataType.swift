/// The type code of a Level-5 data element's tag (`mi*`), MATLAB "MAT-File Format" table 1-1.
enum MatDataType: UInt32, Sendable {
    case int8 = 1
    case uint8 = 2
    case int16 = 3
    case uint16 = 4
    case int32 = 5
    case uint32 = 6
    case single = 7
    case double = 9
    case int64 = 12
    case uint64 = 13
    case matrix = 14
    case compressed = 15
    case utf8 = 16
    case utf16 = 17
    case utf32 = 18

    /// MATLAB's name for the type, such as `miUINT8`.
    var name: String { "mi" + String(describing: self).uppercased() }

    /// Bytes per value of a numeric type; nil for matrices, compressed data and text.
    var numericSize: Int? {
        switch self {
        case .int8, .uint8: 1
        case .int16, .uint16: 2
        case .int32, .uint32, .single: 4
        case .int64, .uint64, .double: 8
        case .matrix, .compressed, .utf8, .utf16, .utf32: nil
        }
    }

    /// A description of a raw type code for messages: its name, or "unknown type code N".
    ///
    /// - Parameter code: The code from a tag.
    /// - Returns: The description.
    static func describe(_ code: UInt32) -> String {
        MatDataType(rawValue: code).map(\.name) ?? "unknown data type code \(code)"
    }
}
