extension ZipDirectory {
    // MARK: - Central-directory entries

    /// The sizes and offset of an entry, widened by its ZIP64 extra field when needed.
    private struct Extents {
        var compressedSize: UInt64
        var uncompressedSize: UInt64
        var localHeaderOffset: UInt64
    }

    /// Parses the central-directory entry at `offset` and its local header.
    ///
    /// - Parameters:
    ///   - file: The whole file.
    ///   - offset: The entry's file offset.
    ///   - directoryEnd: The end of the central directory, which the entry must not pass.
    ///   - dataEnd: The start of the central directory, before which every entry's data must end.
    /// - Returns: The entry and the offset of the next one.
    /// - Throws: `InputError` at the offset of the malformed record.
    static func centralEntry(in file: UnsafeRawBufferPointer, at offset: Int, directoryEnd: Int, dataEnd: Int) throws
        -> (entry: ZipEntry, next: Int)
    {
        let fixed = try ZipRecord(
            in: file, at: offset, length: centralEntryLength, signature: centralEntrySignature,
            what: "central directory entry")
        let nameLength = Int(fixed.uint16(at: 28))
        let extraLength = Int(fixed.uint16(at: 30))
        let total = centralEntryLength + nameLength + extraLength + Int(fixed.uint16(at: 32))
        guard total <= directoryEnd - offset else {
            throw InputError("zip central directory entry runs past the end of the directory", offset: offset)
        }
        let record = try ZipRecord(in: file, at: offset, length: total, signature: nil, what: "central directory entry")
        let rawName = record.bytes(at: centralEntryLength, count: nameLength)
        let name = String(decoding: rawName, as: UTF8.self)
        guard name.utf8.elementsEqual(rawName) else {
            throw InputError("zip entry name is not valid UTF-8", offset: offset)
        }
        let flags = record.uint16(at: 8)
        guard flags & 0x41 == 0 else {
            throw InputError("zip entry '\(name)' is encrypted, which is not supported", offset: offset)
        }
        let compression = try self.compression(method: record.uint16(at: 10), name: name, offset: offset)
        var extents = Extents(
            compressedSize: UInt64(record.uint32(at: 20)), uncompressedSize: UInt64(record.uint32(at: 24)),
            localHeaderOffset: UInt64(record.uint32(at: 42)))
        try widen(
            &extents, extra: record.bytes(at: centralEntryLength + nameLength, count: extraLength), name: name,
            offset: offset)
        let compressedSize = try size(extents.compressedSize, what: "compressed size of '\(name)'", at: offset)
        let uncompressedSize = try size(extents.uncompressedSize, what: "size of '\(name)'", at: offset)
        try checkSizes(
            compressed: compressedSize, uncompressed: uncompressedSize, compression: compression, name: name,
            offset: offset)
        let headerOffset = try size(extents.localHeaderOffset, what: "local header offset of '\(name)'", at: offset)
        let dataOffset = try localData(
            in: file, headerOffset: headerOffset, name: rawName, compression: compression, entryName: name)
        guard dataOffset <= dataEnd, compressedSize <= dataEnd - dataOffset else {
            throw InputError(
                "zip entry '\(name)' (\(compressedSize) bytes at offset \(dataOffset)) overlaps the central"
                    + " directory or runs past the end of the file", offset: headerOffset)
        }
        let entry = ZipEntry(
            name: name, compression: compression, crc32: record.uint32(at: 16), compressedSize: compressedSize,
            uncompressedSize: uncompressedSize, localHeaderOffset: headerOffset, dataOffset: dataOffset)
        return (entry, offset + total)
    }

    /// The compression of a method number.
    private static func compression(method: UInt16, name: String, offset: Int) throws -> ZipEntry.Compression {
        switch method {
        case 0: return .stored
        case 8: return .deflated
        default:
            throw InputError(
                "zip entry '\(name)' uses compression method \(method); only stored (0) and deflate (8) are supported",
                offset: offset)
        }
    }

    /// Replaces 32-bit sizes and offsets saturated at 0xFFFFFFFF with the ZIP64 extra field's values.
    private static func widen(_ extents: inout Extents, extra: UnsafeRawBufferPointer, name: String, offset: Int)
        throws
    {
        let saturated: UInt64 = 0xFFFF_FFFF
        let needed = [extents.uncompressedSize, extents.compressedSize, extents.localHeaderOffset].filter {
            $0 == saturated
        }.count
        guard needed > 0 else { return }
        var position = 0
        while position + 4 <= extra.count {
            let identifier = UInt16(littleEndian: extra.loadUnaligned(fromByteOffset: position, as: UInt16.self))
            let length = Int(UInt16(littleEndian: extra.loadUnaligned(fromByteOffset: position + 2, as: UInt16.self)))
            guard length <= extra.count - position - 4 else { break }
            if identifier == 0x0001 {
                guard length >= 8 * needed else {
                    throw InputError(
                        "zip entry '\(name)' has a ZIP64 extra field too short for its sizes", offset: offset)
                }
                var field = position + 4
                func next() -> UInt64 {
                    defer { field += 8 }
                    return UInt64(littleEndian: extra.loadUnaligned(fromByteOffset: field, as: UInt64.self))
                }
                if extents.uncompressedSize == saturated { extents.uncompressedSize = next() }
                if extents.compressedSize == saturated { extents.compressedSize = next() }
                if extents.localHeaderOffset == saturated { extents.localHeaderOffset = next() }
                return
            }
            position += 4 + length
        }
        throw InputError("zip entry '\(name)' needs ZIP64 sizes but has no ZIP64 extra field", offset: offset)
    }

    /// Checks that stored sizes agree and a deflated size is achievable.
    private static func checkSizes(
        compressed: Int, uncompressed: Int, compression: ZipEntry.Compression, name: String, offset: Int
    ) throws {
        switch compression {
        case .stored:
            guard compressed == uncompressed else {
                throw InputError(
                    "stored zip entry '\(name)' has compressed size \(compressed) but size \(uncompressed)",
                    offset: offset)
            }
        case .deflated:
            guard compressed <= Int.max / maximumDeflateRatio - 1,
                uncompressed <= maximumDeflateRatio * (compressed + 1)
            else {
                throw InputError(
                    "deflated zip entry '\(name)' claims \(uncompressed) bytes from \(compressed), more than deflate"
                        + " can produce", offset: offset)
            }
        }
    }

    // MARK: - Local headers

    /// Checks an entry's local header and returns the offset of its data.
    private static func localData(
        in file: UnsafeRawBufferPointer, headerOffset: Int, name: UnsafeRawBufferPointer,
        compression: ZipEntry.Compression, entryName: String
    ) throws -> Int {
        let fixed = try ZipRecord(
            in: file, at: headerOffset, length: localHeaderLength, signature: localHeaderSignature,
            what: "local header of '\(entryName)'")
        let nameLength = Int(fixed.uint16(at: 26))
        let length = localHeaderLength + nameLength + Int(fixed.uint16(at: 28))
        let header = try ZipRecord(
            in: file, at: headerOffset, length: length, signature: nil, what: "local header of '\(entryName)'")
        guard header.bytes(at: localHeaderLength, count: nameLength).elementsEqual(name) else {
            throw InputError(
                "zip local header at \(headerOffset) names another file than its directory entry '\(entryName)'",
                offset: headerOffset)
        }
        guard
            (try? self.compression(method: header.uint16(at: 8), name: entryName, offset: headerOffset))
                == compression
        else {
            throw InputError(
                "zip local header of '\(entryName)' disagrees with its directory entry on the compression method",
                offset: headerOffset)
        }
        return headerOffset + length
    }
}
