import CZlib

/// One zlib inflate stream over a fixed input, owning the heap-allocated `z_stream`.
///
/// zlib keeps a pointer back to its `z_stream`, so the struct must not move while the
/// stream is open; it lives in memory this handle allocates and frees. Input and output
/// larger than `UInt32.max` bytes are fed to zlib in pieces.
final class ZlibStream {
    /// How a call to `inflate(into:)` ended.
    struct Progress {
        /// Bytes written to the output buffer.
        let written: Int
        /// Whether the stream's end (and, for `.zlib`, its verified checksum) was reached.
        let finished: Bool
    }

    private let stream: UnsafeMutablePointer<z_stream>
    private let input: UnsafeRawBufferPointer
    private var inputConsumed = 0

    /// Opens a stream over `input`, which must stay valid while the stream is used.
    ///
    /// - Parameters:
    ///   - input: The compressed bytes.
    ///   - format: Their container.
    /// - Throws: `InputError` if zlib cannot allocate its state.
    init(input: UnsafeRawBufferPointer, format: ZlibInflater.Format) throws {
        stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
        stream.initialize(to: z_stream())
        self.input = input
        let status = inflateInit2_(stream, format.windowBits, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        guard status == Z_OK else {
            stream.deinitialize(count: 1)
            stream.deallocate()
            throw InputError("cannot start zlib decompression (zlib status \(status))")
        }
    }

    deinit {
        inflateEnd(stream)
        stream.deinitialize(count: 1)
        stream.deallocate()
    }

    /// Decompresses into `output` until it is full or the stream ends.
    ///
    /// - Parameter output: Where the decompressed bytes go; may be empty.
    /// - Returns: How many bytes were written and whether the stream ended.
    /// - Throws: `InputError` if the data is corrupt (bad header, invalid block, checksum
    ///   mismatch) or the input ends before the stream does while output space remains.
    func inflate(into output: UnsafeMutableRawBufferPointer) throws -> Progress {
        var written = 0
        while true {
            refillInput()
            let piece = min(output.count - written, Int(UInt32.max))
            stream.pointee.next_out = output.baseAddress.map { $0.assumingMemoryBound(to: Bytef.self) + written }
            stream.pointee.avail_out = UInt32(piece)
            let status = CZlib.inflate(stream, Z_NO_FLUSH)
            written += piece - Int(stream.pointee.avail_out)
            switch status {
            case Z_STREAM_END:
                return Progress(written: written, finished: true)
            case Z_OK, Z_BUF_ERROR:
                if written == output.count { return Progress(written: written, finished: false) }
                if status == Z_BUF_ERROR, stream.pointee.avail_in == 0, inputConsumed == input.count {
                    throw InputError("compressed data is truncated: the stream ends after \(input.count) bytes")
                }
            case Z_DATA_ERROR, Z_NEED_DICT:
                throw InputError("compressed data is corrupt (zlib: \(message(status)))")
            default:
                throw InputError("zlib decompression failed (\(message(status)))")
            }
        }
    }

    /// Hands zlib the next piece of input once it has used up the last.
    private func refillInput() {
        guard stream.pointee.avail_in == 0, inputConsumed < input.count, let base = input.baseAddress else { return }
        let piece = min(input.count - inputConsumed, Int(UInt32.max))
        stream.pointee.next_in = UnsafeMutablePointer(
            mutating: base.assumingMemoryBound(to: Bytef.self) + inputConsumed)
        stream.pointee.avail_in = UInt32(piece)
        inputConsumed += piece
    }

    /// zlib's message for the last error, or the status code.
    private func message(_ status: Int32) -> String {
        if let text = stream.pointee.msg { return String(cString: text) }
        return status == Z_NEED_DICT ? "needs a preset dictionary" : "status \(status)"
    }
}
