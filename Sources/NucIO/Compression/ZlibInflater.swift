/// Bounded zlib and raw-deflate decompression of untrusted input.
///
/// Every entry point caps what it produces, so a small "zip bomb" stream fails after at
/// most the cap, never by exhausting memory. Errors are `InputError`s without a file;
/// callers attach the file and the offset of the compressed data.
enum ZlibInflater {
    /// The compressed container around the deflate data.
    enum Format: Sendable {
        /// RFC 1950: two-byte header, deflate data, Adler-32 trailer (MAT-files, PNG).
        case zlib
        /// RFC 1951 deflate data with no header or trailer (zip entries).
        case raw

        /// The `windowBits` argument of `inflateInit2`.
        var windowBits: Int32 { self == .zlib ? 15 : -15 }
    }

    /// Decompresses a whole stream, checking its end (and, for `.zlib`, its checksum).
    ///
    /// - Parameters:
    ///   - bytes: The compressed stream; bytes after its end are ignored.
    ///   - expectedSize: The exact decompressed size when the container declares it (a
    ///     zip entry's header); nil to accept any size up to `limit`.
    ///   - limit: The most bytes to produce.
    ///   - format: The stream's container.
    /// - Returns: The decompressed bytes.
    /// - Throws: `InputError` if `expectedSize` exceeds `limit`, the output would exceed
    ///   `limit`, the stream ends before or continues after `expectedSize`, or the data is
    ///   truncated or corrupt.
    /// - Complexity: O(output). Memory is `expectedSize` bytes; without it, chunks that
    ///   double in size up to `limit` in all, joined once at the end.
    static func inflate(
        _ bytes: UnsafeRawBufferPointer, expectedSize: Int?, limit: Int, format: Format
    ) throws -> [UInt8] {
        let stream = try ZlibStream(input: bytes, format: format)
        guard let expectedSize else {
            return try inflateGrowing(stream, limit: limit)
        }
        guard expectedSize >= 0, expectedSize <= limit else {
            throw InputError("declared decompressed size \(expectedSize) exceeds the \(limit)-byte limit")
        }
        let output = try [UInt8](unsafeUninitializedCapacity: expectedSize) { buffer, initialized in
            let progress = try stream.inflate(into: UnsafeMutableRawBufferPointer(buffer))
            initialized = progress.written
            if !progress.finished {
                try expectEnd(of: stream, after: expectedSize, what: "the declared \(expectedSize) bytes")
            }
        }
        guard output.count == expectedSize else {
            throw InputError("decompressed data has \(output.count) bytes, fewer than the declared \(expectedSize)")
        }
        return output
    }

    /// Decompresses the first `count` bytes of a stream, or all of it if it is shorter.
    ///
    /// The rest of the stream is not read, so neither its length nor its checksum is
    /// checked; use it to peek at a header before deciding how much to decompress.
    ///
    /// - Parameters:
    ///   - bytes: The compressed stream.
    ///   - count: How many bytes to produce at most.
    ///   - format: The stream's container.
    /// - Returns: `count` bytes, or fewer if the stream ends first.
    /// - Throws: `InputError` if the data is corrupt or truncated before `count` bytes.
    static func inflatePrefix(_ bytes: UnsafeRawBufferPointer, count: Int, format: Format) throws
        -> [UInt8]
    {
        let stream = try ZlibStream(input: bytes, format: format)
        return try [UInt8](unsafeUninitializedCapacity: max(count, 0)) { buffer, initialized in
            initialized = try stream.inflate(into: UnsafeMutableRawBufferPointer(buffer)).written
        }
    }

    // MARK: - Helpers

    /// Decompresses into chunks that double in size, up to `limit` bytes in all.
    private static func inflateGrowing(_ stream: ZlibStream, limit: Int) throws -> [UInt8] {
        var chunks: [[UInt8]] = []
        var total = 0
        var chunkSize = 1 << 16
        while true {
            var finished = false
            let chunk = try [UInt8](unsafeUninitializedCapacity: min(chunkSize, limit - total)) { buffer, initialized in
                let progress = try stream.inflate(into: UnsafeMutableRawBufferPointer(buffer))
                initialized = progress.written
                finished = progress.finished
            }
            chunks.append(chunk)
            total += chunk.count
            if !finished, total == limit {
                try expectEnd(of: stream, after: limit, what: "the \(limit)-byte limit")
                finished = true
            }
            if finished { return chunks.count == 1 ? chunk : Array(chunks.joined()) }
            chunkSize = min(2 * chunkSize, 1 << 30)
        }
    }

    /// Checks that a stream which has filled its output has no further data.
    private static func expectEnd(of stream: ZlibStream, after count: Int, what: String) throws {
        var probe: UInt8 = 0
        let progress = try withUnsafeMutableBytes(of: &probe) { try stream.inflate(into: $0) }
        guard progress.written == 0, progress.finished else {
            throw InputError("decompressed data continues past \(what)")
        }
    }
}
