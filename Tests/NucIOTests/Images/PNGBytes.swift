/// Builds PNG files chunk by chunk for malformed-input tests.
enum PNGBytes {
    /// The eight signature bytes.
    static let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    /// One chunk: big-endian length, type, data and the CRC-32 of type and data.
    static func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
        let body = Array(type.utf8) + data
        return bigEndian(UInt32(data.count)) + body + bigEndian(crc32(body))
    }

    /// An IHDR chunk for 8-bit greyscale.
    static func header(width: UInt32, height: UInt32) -> [UInt8] {
        chunk("IHDR", bigEndian(width) + bigEndian(height) + [8, 0, 0, 0, 0])
    }

    /// Signature, IHDR for the given size, `idat` as one IDAT chunk (by default an empty
    /// zlib stream), and IEND.
    static func file(width: UInt32, height: UInt32, idat: [UInt8] = [0x78, 0x9C, 0x03, 0x00]) -> [UInt8] {
        signature + header(width: width, height: height) + chunk("IDAT", idat) + chunk("IEND", [])
    }

    /// The offset of the first chunk of `type`'s length field in `bytes`, if any.
    static func offset(ofChunk type: String, in bytes: [UInt8]) -> Int? {
        var position = signature.count
        while position + 8 <= bytes.count {
            let length = bytes[position..<position + 4].reduce(0) { $0 << 8 | Int($1) }
            if Array(bytes[position + 4..<position + 8]) == Array(type.utf8) { return position }
            position += 12 + length
        }
        return nil
    }

    /// The big-endian bytes of `value`.
    static func bigEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24 & 0xFF), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
    }

    /// CRC-32 as PNG (and zlib) define it: reflected polynomial 0xEDB88320.
    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? crc >> 1 ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }
}
