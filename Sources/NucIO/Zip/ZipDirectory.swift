/// Finds and parses a zip archive's central directory: the end record, its ZIP64 form, and
/// every entry with its local header.
///
/// Reference: PKWARE APPNOTE.TXT 6.3.10, sections 4.3.7, 4.3.12, 4.3.14–4.3.16 and 4.5.3.
/// Errors carry the offset of the record at fault but no file; `ZipArchive` adds the file.
enum ZipDirectory {
    // MARK: - Signatures and sizes

    static let localHeaderSignature: UInt32 = 0x0403_4B50
    static let centralEntrySignature: UInt32 = 0x0201_4B50
    static let endSignature: UInt32 = 0x0605_4B50
    static let zip64EndSignature: UInt32 = 0x0606_4B50
    static let zip64LocatorSignature: UInt32 = 0x0706_4B50
    static let localHeaderLength = 30
    static let centralEntryLength = 46
    static let endLength = 22
    static let zip64EndLength = 56
    static let zip64LocatorLength = 20
    /// Deflate cannot expand data by more than about 1032:1, so a larger declared size is a lie.
    static let maximumDeflateRatio = 1032

    /// Where the central directory is and how many entries it holds.
    struct Location {
        /// File offset of the first entry.
        var offset: Int
        /// Length in bytes.
        var size: Int
        /// Number of entries.
        var count: Int
        /// File offset of the first end record (ZIP64 or not), which the directory must precede.
        var end: Int
    }

    /// Parses every entry of the archive in `file`.
    ///
    /// - Parameter file: The whole file.
    /// - Returns: The entries in central-directory order.
    /// - Throws: `InputError` at the offset of the first malformed record.
    static func entries(of file: UnsafeRawBufferPointer) throws -> [ZipEntry] {
        let location = try locate(in: file)
        guard location.count <= location.size / centralEntryLength else {
            throw InputError(
                "zip central directory of \(location.size) bytes cannot hold the \(location.count) entries it claims",
                offset: location.offset)
        }
        var entries: [ZipEntry] = []
        entries.reserveCapacity(location.count)
        var position = location.offset
        let directoryEnd = location.offset + location.size
        for _ in 0..<location.count {
            let (entry, next) = try centralEntry(
                in: file, at: position, directoryEnd: directoryEnd, dataEnd: location.offset)
            entries.append(entry)
            position = next
        }
        return entries
    }

    // MARK: - End records

    /// Finds the end record, and the ZIP64 end record when a locator precedes it.
    private static func locate(in file: UnsafeRawBufferPointer) throws -> Location {
        let endOffset = try findEnd(in: file)
        let end = try ZipRecord(in: file, at: endOffset, length: endLength, signature: endSignature, what: "end record")
        var location = Location(
            offset: Int(end.uint32(at: 16)), size: Int(end.uint32(at: 12)), count: Int(end.uint16(at: 10)),
            end: endOffset)
        let locatorOffset = endOffset - zip64LocatorLength
        let locator = try? ZipRecord(
            in: file, at: locatorOffset, length: zip64LocatorLength, signature: zip64LocatorSignature,
            what: "ZIP64 locator")
        if locator != nil {
            location = try zip64Location(in: file, locatorOffset: locatorOffset)
        } else {
            guard end.uint16(at: 4) == 0, end.uint16(at: 6) == 0, end.uint16(at: 8) == end.uint16(at: 10) else {
                throw InputError("multi-disk zip archives are not supported", offset: endOffset)
            }
            guard location.offset != 0xFFFF_FFFF, location.size != 0xFFFF_FFFF, location.count != 0xFFFF else {
                throw InputError("zip end record needs ZIP64 values but has no ZIP64 locator", offset: endOffset)
            }
        }
        guard location.offset <= location.end, location.size <= location.end - location.offset else {
            throw InputError(
                "zip central directory (\(location.size) bytes at offset \(location.offset)) lies outside the file"
                    + " before its end record at \(location.end)", offset: location.end)
        }
        return location
    }

    /// The offset of the end record: the last signature whose comment ends exactly at the end of the file.
    private static func findEnd(in file: UnsafeRawBufferPointer) throws -> Int {
        guard file.count >= endLength else {
            throw InputError("file of \(file.count) bytes is too short to be a zip archive", offset: 0)
        }
        let lowest = max(0, file.count - endLength - Int(UInt16.max))
        var offset = file.count - endLength
        while offset >= lowest {
            let record = try ZipRecord(in: file, at: offset, length: endLength, signature: nil, what: "end record")
            if record.uint32(at: 0) == endSignature, offset + endLength + Int(record.uint16(at: 20)) == file.count {
                return offset
            }
            offset -= 1
        }
        throw InputError(
            "no zip end-of-central-directory record in the last \(file.count - lowest) bytes"
                + " (not a zip archive, or truncated)", offset: file.count)
    }

    /// Reads the ZIP64 locator and end record.
    private static func zip64Location(in file: UnsafeRawBufferPointer, locatorOffset: Int) throws -> Location {
        let locator = try ZipRecord(
            in: file, at: locatorOffset, length: zip64LocatorLength, signature: zip64LocatorSignature,
            what: "ZIP64 locator")
        guard locator.uint32(at: 4) == 0, locator.uint32(at: 16) <= 1 else {
            throw InputError("multi-disk zip archives are not supported", offset: locatorOffset)
        }
        let recordOffset = try size(locator.uint64(at: 8), what: "ZIP64 end record offset", at: locatorOffset)
        guard recordOffset <= locatorOffset - zip64EndLength else {
            throw InputError(
                "ZIP64 end record offset \(recordOffset) does not lie before its locator", offset: locatorOffset)
        }
        let record = try ZipRecord(
            in: file, at: recordOffset, length: zip64EndLength, signature: zip64EndSignature,
            what: "ZIP64 end record")
        guard record.uint32(at: 16) == 0, record.uint32(at: 20) == 0, record.uint64(at: 24) == record.uint64(at: 32)
        else {
            throw InputError("multi-disk zip archives are not supported", offset: recordOffset)
        }
        return Location(
            offset: try size(record.uint64(at: 48), what: "central directory offset", at: recordOffset),
            size: try size(record.uint64(at: 40), what: "central directory size", at: recordOffset),
            count: try size(record.uint64(at: 32), what: "entry count", at: recordOffset),
            end: recordOffset)
    }

    /// A 64-bit size or offset as an `Int`.
    static func size(_ value: UInt64, what: String, at offset: Int) throws -> Int {
        guard value <= UInt64(Int.max) else { throw InputError("zip \(what) \(value) is too large", offset: offset) }
        return Int(value)
    }
}
