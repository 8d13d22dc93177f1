/// The class of a Level-5 array (`mx*`), the low byte of its array-flags word.
///
/// MATLAB "MAT-File Format" table 1-3; the numeric classes are 6 through 15.
enum MatClass: UInt8, Sendable {
    case cell = 1
    case structure = 2
    case object = 3
    case char = 4
    case sparse = 5
    case double = 6
    case single = 7
    case int8 = 8
    case uint8 = 9
    case int16 = 10
    case uint16 = 11
    case int32 = 12
    case uint32 = 13
    case int64 = 14
    case uint64 = 15
    case function = 16
    case opaque = 17

    /// MATLAB's name for the class, such as `mxINT32`.
    var name: String {
        switch self {
        case .structure: "mxSTRUCT"
        default: "mx" + String(describing: self).uppercased()
        }
    }
}
