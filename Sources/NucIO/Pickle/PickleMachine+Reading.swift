extension PickleMachine {
    // MARK: - Operands

    /// Longest module or name line a `GLOBAL` opcode may have.
    static let maximumLineLength = 1024

    /// Bytes not yet read.
    var remaining: Int { bytes.count - position }

    /// Reads one byte.
    ///
    /// - Parameter what: What the byte is, for the error.
    /// - Returns: The byte.
    /// - Throws: `InputError` at the end of the input.
    mutating func readByte(what: String) throws -> UInt8 {
        guard position < bytes.count else { throw truncated(what) }
        defer { position += 1 }
        return bytes[position]
    }

    /// Reads an unsigned little-endian integer of `size` bytes: 1, 2, 4, or otherwise 8.
    ///
    /// - Parameters:
    ///   - size: Its width in bytes.
    ///   - what: What it is, for the error.
    /// - Returns: The integer.
    /// - Throws: `InputError` when fewer than `size` bytes remain.
    mutating func readUnsigned(size: Int, what: String) throws -> UInt64 {
        guard remaining >= size else { throw truncated(what) }
        defer { position += size }
        switch size {
        case 1: return UInt64(bytes[position])
        case 2: return UInt64(UInt16(littleEndian: bytes.loadUnaligned(fromByteOffset: position, as: UInt16.self)))
        case 4: return UInt64(UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: position, as: UInt32.self)))
        default: return UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: position, as: UInt64.self))
        }
    }

    /// Reads a byte count of `size` bytes and checks that that many bytes follow.
    ///
    /// - Parameter size: Width of the count: 1, 4 or 8.
    /// - Returns: The count, which fits in what remains.
    /// - Throws: `InputError` when the count claims more bytes than remain.
    mutating func readLength(size: Int) throws -> Int {
        let length = try readUnsigned(size: size, what: "length")
        return try checkAvailable(length)
    }

    /// Checks that a claimed byte count fits in what remains, before anything is allocated.
    ///
    /// - Parameter length: The claimed count.
    /// - Returns: The count.
    /// - Throws: `InputError` when it claims more bytes than remain.
    func checkAvailable(_ length: UInt64) throws -> Int {
        guard length <= UInt64(remaining) else {
            throw InputError("pickle claims \(length) bytes of data but only \(remaining) remain")
        }
        return Int(length)
    }

    /// Reads `count` bytes, which `readLength` has checked are there.
    ///
    /// - Parameter count: How many.
    /// - Returns: The bytes.
    /// - Throws: `InputError` when fewer remain.
    mutating func readBytes(_ count: Int) throws -> [UInt8] {
        guard count <= remaining else { throw truncated("data") }
        defer { position += count }
        return Array(bytes[position..<(position + count)])
    }

    /// Reads `count` bytes of UTF-8 text.
    ///
    /// - Parameter count: How many bytes.
    /// - Returns: The text.
    /// - Throws: `InputError` when fewer remain or the bytes are not UTF-8.
    mutating func readText(_ count: Int) throws -> String {
        guard count <= remaining else { throw truncated("text") }
        let raw = bytes[position..<(position + count)]
        let text = String(decoding: raw, as: UTF8.self)
        guard text.utf8.elementsEqual(raw) else {
            throw InputError("pickle string is not valid UTF-8 (lone surrogates are not supported)")
        }
        position += count
        return text
    }

    /// Reads a newline-terminated UTF-8 line, as `GLOBAL` stores module and name.
    ///
    /// - Returns: The line without its newline.
    /// - Throws: `InputError` for a missing newline, an over-long line, or invalid UTF-8.
    mutating func readLine() throws -> String {
        let limit = min(remaining, Self.maximumLineLength + 1)
        guard let length = (0..<limit).first(where: { bytes[position + $0] == 0x0A }) else {
            throw InputError(
                remaining < Self.maximumLineLength + 1
                    ? "pickle ends inside a GLOBAL name" : "GLOBAL name is longer than \(Self.maximumLineLength) bytes")
        }
        let text = try readText(length)
        position += 1
        return text
    }

    /// Reads a two's-complement little-endian integer of `count` bytes (`LONG1`, `LONG4`).
    ///
    /// - Parameter count: Its width, which `readLength` has checked.
    /// - Returns: The integer.
    /// - Throws: `InputError` when it does not fit in 64 bits.
    mutating func readLong(_ count: Int) throws -> Int64 {
        let data = try readBytes(count)
        guard let last = data.last else { return 0 }
        let signFill: UInt8 = last & 0x80 == 0 ? 0x00 : 0xFF
        guard data.dropFirst(8).allSatisfy({ $0 == signFill }),
            data.count <= 8 || (data[7] & 0x80 == 0) == (signFill == 0)
        else {
            throw InputError("pickle integer of \(count) bytes is too large for 64 bits")
        }
        var value: UInt64 = signFill == 0 ? 0 : ~0
        for byte in data.prefix(8).reversed() {
            value = value << 8 | UInt64(byte)
        }
        return Int64(bitPattern: value)
    }

    /// Reads a big-endian IEEE 754 double (`BINFLOAT`).
    ///
    /// - Returns: The number.
    /// - Throws: `InputError` when fewer than 8 bytes remain.
    mutating func readFloat() throws -> Double {
        guard remaining >= 8 else { throw truncated("float") }
        defer { position += 8 }
        return Double(bitPattern: UInt64(bigEndian: bytes.loadUnaligned(fromByteOffset: position, as: UInt64.self)))
    }

    private func truncated(_ what: String) -> InputError {
        InputError("pickle is truncated: it ends where \(what) was expected")
    }
}
