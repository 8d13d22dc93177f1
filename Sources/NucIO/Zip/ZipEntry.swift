/// One file of a zip archive, as its central-directory entry and local header describe it,
/// with every size and offset checked against the archive.
struct ZipEntry: Sendable, Equatable {
    /// How an entry's bytes are stored.
    enum Compression: Sendable, Equatable {
        /// Method 0: the bytes as they are.
        case stored
        /// Method 8: raw deflate (RFC 1951).
        case deflated
    }

    /// The entry's path inside the archive, `/`-separated.
    let name: String
    /// How its bytes are stored.
    let compression: Compression
    /// The CRC-32 of its uncompressed bytes.
    let crc32: UInt32
    /// Its length in the archive.
    let compressedSize: Int
    /// Its length once decompressed (equal to `compressedSize` when stored).
    let uncompressedSize: Int
    /// File offset of its local header.
    let localHeaderOffset: Int
    /// File offset of its first data byte; `dataOffset + compressedSize` lies inside the file.
    let dataOffset: Int

    /// The file offsets its data occupies.
    var dataRange: Range<Int> { dataOffset..<(dataOffset + compressedSize) }
}
