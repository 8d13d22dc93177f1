/// The element type of an `.npy` array: what kind of value, its byte order and its size.
///
/// Only the fixed-size types nucleus label maps and masks use are supported: `bool`,
/// unsigned and signed integers of 1, 2, 4 and 8 bytes, `float32`, `float64`, and
/// fixed-length unicode strings (`U`, UCS-4 code units). The descriptor grammar follows
/// numpy's `dtype.str` (numpy 2.4, `numpy/_core/_dtype.py`): an optional byte-order
/// character, a type character and a size.
public struct NpyDType: Sendable, Equatable, CustomStringConvertible {
    /// What an element holds.
    public enum Kind: Sendable, Equatable {
        /// `bool`, one byte, 0 is false and anything else true.
        case boolean
        /// `uint8` … `uint64`.
        case unsignedInteger
        /// `int8` … `int64`.
        case signedInteger
        /// IEEE 754 `float32` or `float64`.
        case floatingPoint
        /// Fixed-length unicode string of UCS-4 code units, NUL-padded.
        case unicode
    }

    /// How the bytes of an element are ordered in the file.
    public enum ByteOrder: Sendable, Equatable {
        /// Least significant byte first (`<`).
        case littleEndian
        /// Most significant byte first (`>`).
        case bigEndian
        /// One-byte elements, where order has no meaning (`|`).
        case notApplicable
    }

    /// What an element holds.
    public let kind: Kind
    /// How each element's bytes are ordered.
    public let byteOrder: ByteOrder
    /// Bytes per element; for `unicode` four per character.
    public let itemSize: Int

    /// The descriptor numpy writes for this type, such as `<f8`, `|u1` or `>U5`.
    public var description: String {
        let order: String
        switch byteOrder {
        case .littleEndian: order = "<"
        case .bigEndian: order = ">"
        case .notApplicable: order = "|"
        }
        switch kind {
        case .boolean: return order + "b1"
        case .unsignedInteger: return order + "u\(itemSize)"
        case .signedInteger: return order + "i\(itemSize)"
        case .floatingPoint: return order + "f\(itemSize)"
        case .unicode: return order + "U\(itemSize / 4)"
        }
    }

    /// Whether elements must be byte-swapped to be read on this machine.
    var needsByteSwap: Bool {
        switch byteOrder {
        case .littleEndian: return !Self.hostIsLittleEndian
        case .bigEndian: return Self.hostIsLittleEndian
        case .notApplicable: return false
        }
    }

    /// Parses a numpy type descriptor string.
    ///
    /// `=` and `|` mean the machine's own order, as numpy reads them; one-byte types
    /// always get `notApplicable`.
    ///
    /// - Parameter descr: The `descr` value of an `.npy` header, such as `<f8`.
    /// - Throws: `InputError` (without a file) for object, unknown or malformed types.
    init(descr: String) throws {
        var rest = Substring(descr)
        var order: ByteOrder = Self.hostIsLittleEndian ? .littleEndian : .bigEndian
        if let first = rest.first, "<>|=".contains(first) {
            if first == "<" { order = .littleEndian }
            if first == ">" { order = .bigEndian }
            rest = rest.dropFirst()
        }
        guard let code = rest.first else { throw Self.unsupported(descr) }
        let size = rest.dropFirst()
        switch code {
        case "O":
            throw InputError("object arrays (pickled data) are not supported (descr '\(descr)')")
        case "?" where size.isEmpty:
            (kind, itemSize) = (.boolean, 1)
        case "b" where size == "1":
            (kind, itemSize) = (.boolean, 1)
        case "u" where ["1", "2", "4", "8"].contains(size):
            (kind, itemSize) = (.unsignedInteger, Int(size) ?? 0)
        case "i" where ["1", "2", "4", "8"].contains(size):
            (kind, itemSize) = (.signedInteger, Int(size) ?? 0)
        case "f" where ["4", "8"].contains(size):
            (kind, itemSize) = (.floatingPoint, Int(size) ?? 0)
        case "U":
            guard let characters = Self.positiveInteger(size) else {
                throw InputError("descr '\(descr)' needs a positive string length")
            }
            let (bytes, overflow) = characters.multipliedReportingOverflow(by: 4)
            guard !overflow else {
                throw InputError("descr '\(descr)' has an absurd string length")
            }
            (kind, itemSize) = (.unicode, bytes)
        default:
            throw Self.unsupported(descr)
        }
        byteOrder = itemSize == 1 ? .notApplicable : order
    }

    /// Whether this machine stores integers least significant byte first.
    static let hostIsLittleEndian = UInt16(1).littleEndian == 1

    private static func unsupported(_ descr: String) -> InputError {
        InputError("unsupported dtype '\(descr)'; expected bool (b1), u1/u2/u4/u8, i1/i2/i4/i8, f4/f8 or U<n>")
    }

    private static func positiveInteger(_ digits: Substring) -> Int? {
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(digits),
            value > 0
        else { return nil }
        return value
    }
}
