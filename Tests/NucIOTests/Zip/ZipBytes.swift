import CZlib

@testable import NucIO

/// Builds small zip archives byte by byte, with the offsets of their records, so that tests
/// can read them or damage one field at a time.
struct ZipBytes {
    /// One entry to write.
    struct Entry {
        var name: String
        var data: [UInt8]
        var deflated = false
        var flags: UInt16 = 0
    }

    /// The archive.
    var bytes: [UInt8] = []
    /// File offset of each entry's local header.
    var localOffsets: [Int] = []
    /// File offset of each entry's central-directory record.
    var centralOffsets: [Int] = []
    /// File offset of the (non-ZIP64) end record.
    var endOffset = 0

    /// Writes `entries`, stored or raw-deflated, with ZIP64 sizes, offsets and end records
    /// when `zip64` is set, then `comment` after the end record.
    init(_ entries: [Entry], zip64: Bool = false, comment: [UInt8] = []) throws {
        var central: [[UInt8]] = []
        for entry in entries {
            let name = Array(entry.name.utf8)
            let stored = entry.deflated ? try Deflate.compress(entry.data, format: .raw) : entry.data
            let crc = UInt32(entry.data.withUnsafeBufferPointer { crc32(0, $0.baseAddress, uInt($0.count)) })
            let method: UInt16 = entry.deflated ? 8 : 0
            let offset = bytes.count
            localOffsets.append(offset)
            let small = { (value: Int) -> UInt32 in zip64 ? 0xFFFF_FFFF : UInt32(value) }
            let localExtra =
                zip64
                ? Self.le(UInt16(1)) + Self.le(UInt16(16)) + Self.le(UInt64(entry.data.count))
                    + Self.le(UInt64(stored.count)) : []
            bytes += Self.le(UInt32(0x0403_4B50)) + Self.le(UInt16(45)) + Self.le(entry.flags) + Self.le(method)
            bytes += Self.le(UInt32(0)) + Self.le(crc) + Self.le(small(stored.count)) + Self.le(small(entry.data.count))
            bytes += Self.le(UInt16(name.count)) + Self.le(UInt16(localExtra.count)) + name + localExtra + stored
            let extra =
                zip64
                ? Self.le(UInt16(1)) + Self.le(UInt16(24)) + Self.le(UInt64(entry.data.count))
                    + Self.le(UInt64(stored.count)) + Self.le(UInt64(offset)) : []
            var record = Self.le(UInt32(0x0201_4B50)) + Self.le(UInt16(45)) + Self.le(UInt16(45))
            record += Self.le(entry.flags) + Self.le(method) + Self.le(UInt32(0)) + Self.le(crc)
            record += Self.le(small(stored.count)) + Self.le(small(entry.data.count))
            record += Self.le(UInt16(name.count)) + Self.le(UInt16(extra.count)) + Self.le(UInt16(0))
            record += Self.le(UInt16(0)) + Self.le(UInt16(0)) + Self.le(UInt32(0)) + Self.le(small(offset))
            central.append(record + name + extra)
        }
        let directoryOffset = bytes.count
        for record in central {
            centralOffsets.append(bytes.count)
            bytes += record
        }
        let directorySize = bytes.count - directoryOffset
        let count = entries.count
        if zip64 {
            let recordOffset = bytes.count
            bytes += Self.le(UInt32(0x0606_4B50)) + Self.le(UInt64(44)) + Self.le(UInt16(45)) + Self.le(UInt16(45))
            bytes += Self.le(UInt32(0)) + Self.le(UInt32(0)) + Self.le(UInt64(count)) + Self.le(UInt64(count))
            bytes += Self.le(UInt64(directorySize)) + Self.le(UInt64(directoryOffset))
            bytes += Self.le(UInt32(0x0706_4B50)) + Self.le(UInt32(0)) + Self.le(UInt64(recordOffset))
            bytes += Self.le(UInt32(1))
        }
        endOffset = bytes.count
        bytes += Self.le(UInt32(0x0605_4B50)) + Self.le(UInt16(0)) + Self.le(UInt16(0))
        bytes += Self.le(UInt16(zip64 ? 0xFFFF : count)) + Self.le(UInt16(zip64 ? 0xFFFF : count))
        bytes += Self.le(UInt32(zip64 ? 0xFFFF_FFFF : directorySize))
        bytes += Self.le(UInt32(zip64 ? 0xFFFF_FFFF : directoryOffset))
        bytes += Self.le(UInt16(comment.count)) + comment
    }

    /// Overwrites a little-endian field.
    mutating func patch<Value: FixedWidthInteger>(_ value: Value, at offset: Int) {
        let encoded = Self.le(value)
        bytes.replaceSubrange(offset..<(offset + encoded.count), with: encoded)
    }

    /// The little-endian bytes of an integer.
    static func le<Value: FixedWidthInteger>(_ value: Value) -> [UInt8] {
        withUnsafeBytes(of: value.littleEndian) { Array($0) }
    }

    /// The first `count` bytes only.
    func truncated(to count: Int) -> ZipBytes {
        var copy = self
        copy.bytes = Array(bytes.prefix(count))
        return copy
    }
}
