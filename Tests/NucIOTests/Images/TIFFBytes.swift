/// Builds little-endian classic TIFF files of one strip for malformed-input tests.
enum TIFFBytes {
    /// Field types of the TIFF 6.0 specification, §2.
    enum FieldType: UInt16 {
        case short = 3
        case long = 4
    }

    /// A directory entry whose single value fits in the entry.
    struct Entry {
        let tag: UInt16
        let type: FieldType
        let value: UInt32
    }

    /// A grey image of `width × height` with one strip holding `pixels`, and the given tags
    /// replacing or adding to the defaults (8-bit MinIsBlack, uncompressed).
    static func file(width: UInt32, height: UInt32, pixels: [UInt8], replacing overrides: [Entry] = []) -> [UInt8] {
        var entries: [UInt16: Entry] = [:]
        let defaults = [
            Entry(tag: 256, type: .long, value: width), Entry(tag: 257, type: .long, value: height),
            Entry(tag: 258, type: .short, value: 8), Entry(tag: 259, type: .short, value: 1),
            Entry(tag: 262, type: .short, value: 1), Entry(tag: 277, type: .short, value: 1),
            Entry(tag: 278, type: .long, value: height), Entry(tag: 279, type: .long, value: UInt32(pixels.count)),
        ]
        for entry in defaults + overrides { entries[entry.tag] = entry }
        let count = entries.count + (entries[273] == nil ? 1 : 0)
        let dataOffset = UInt32(8 + 2 + 12 * count + 4)
        entries[273] = entries[273] ?? Entry(tag: 273, type: .long, value: dataOffset)
        var bytes: [UInt8] = [0x49, 0x49, 42, 0] + littleEndian(UInt32(8))
        bytes += littleEndian(UInt16(entries.count))
        for entry in entries.values.sorted(by: { $0.tag < $1.tag }) {
            bytes += littleEndian(entry.tag) + littleEndian(entry.type.rawValue) + littleEndian(UInt32(1))
            bytes += entry.type == .short ? littleEndian(UInt16(entry.value)) + [0, 0] : littleEndian(entry.value)
        }
        return bytes + littleEndian(UInt32(0)) + pixels
    }

    static func littleEndian(_ value: UInt16) -> [UInt8] {
        [UInt8(value & 0xFF), UInt8(value >> 8)]
    }

    static func littleEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value >> 16 & 0xFF), UInt8(value >> 24)]
    }
}
