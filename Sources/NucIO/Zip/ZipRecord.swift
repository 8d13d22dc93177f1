/// A fixed-layout record of a zip file (a header or a directory entry) whose bytes have been
/// checked to lie inside the file, read as little-endian fields.
///
/// Creating a record is the only bounds check: its fields are read at offsets the zip
/// specification fixes, each of which lies inside the checked length.
struct ZipRecord {
    /// The whole file.
    private let file: UnsafeRawBufferPointer
    /// File offset of the record's first byte.
    let offset: Int
    /// Length of the record in bytes.
    let length: Int

    /// Checks that `length` bytes at `offset` lie inside `file` and start with `signature`.
    ///
    /// - Parameters:
    ///   - file: The whole file.
    ///   - offset: The record's file offset.
    ///   - length: Its length in bytes.
    ///   - signature: The 4-byte signature the record must start with, or nil for none.
    ///   - what: The record's name, for errors.
    /// - Throws: `InputError` at `offset` when the record runs past the end of the file or
    ///   its signature differs.
    init(in file: UnsafeRawBufferPointer, at offset: Int, length: Int, signature: UInt32?, what: String) throws {
        guard offset >= 0, length >= 0, offset <= file.count, length <= file.count - offset else {
            throw InputError(
                "zip \(what) of \(length) bytes at offset \(offset) runs past the end of the \(file.count)-byte file",
                offset: max(offset, 0))
        }
        self.file = file
        self.offset = offset
        self.length = length
        if let signature {
            guard length >= 4, uint32(at: 0) == signature else {
                throw InputError("zip \(what) signature is missing", offset: offset)
            }
        }
    }

    /// A 16-bit field at a relative offset.
    ///
    /// - Parameter field: Offset from the record's start; `field + 2 <= length`.
    /// - Returns: The value.
    func uint16(at field: Int) -> UInt16 {
        UInt16(littleEndian: file.loadUnaligned(fromByteOffset: offset + field, as: UInt16.self))
    }

    /// A 32-bit field at a relative offset.
    ///
    /// - Parameter field: Offset from the record's start; `field + 4 <= length`.
    /// - Returns: The value.
    func uint32(at field: Int) -> UInt32 {
        UInt32(littleEndian: file.loadUnaligned(fromByteOffset: offset + field, as: UInt32.self))
    }

    /// A 64-bit field at a relative offset.
    ///
    /// - Parameter field: Offset from the record's start; `field + 8 <= length`.
    /// - Returns: The value.
    func uint64(at field: Int) -> UInt64 {
        UInt64(littleEndian: file.loadUnaligned(fromByteOffset: offset + field, as: UInt64.self))
    }

    /// The bytes of a variable-length part of the record.
    ///
    /// - Parameters:
    ///   - field: Offset from the record's start.
    ///   - count: Length in bytes; `field + count <= length`.
    /// - Returns: The bytes, pointing into the file.
    func bytes(at field: Int, count: Int) -> UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(rebasing: file[(offset + field)..<(offset + field + count)])
    }
}
