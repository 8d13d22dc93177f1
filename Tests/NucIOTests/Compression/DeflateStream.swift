import CZlib

@testable import NucIO

/// Deflate through zlib, to make streams for the inflater tests.
enum Deflate {
    /// Compressible bytes: runs of a pseudo-random value.
    static func sample(count: Int, seed: UInt64) -> [UInt8] {
        var generator = SplitMix64(seed: seed)
        var bytes: [UInt8] = []
        while bytes.count < count {
            let value = UInt8(truncatingIfNeeded: generator.next())
            bytes += repeatElement(value, count: min(Int(generator.next() % 9) + 1, count - bytes.count))
        }
        return bytes
    }

    /// Compresses `bytes` in one call.
    static func compress(_ bytes: [UInt8], format: ZlibInflater.Format, level: Int32 = 6) throws -> [UInt8] {
        let stream = try DeflateStream(format: format, level: level)
        return try stream.deflate(bytes, finish: true)
    }
}

/// A streaming zlib deflate, for inputs too large to hold.
final class DeflateStream {
    private let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)

    init(format: ZlibInflater.Format, level: Int32 = 6) throws {
        stream.initialize(to: z_stream())
        let status = deflateInit2_(
            stream, level, Z_DEFLATED, format.windowBits, 8, Z_DEFAULT_STRATEGY, ZLIB_VERSION,
            Int32(MemoryLayout<z_stream>.size))
        guard status == Z_OK else { throw InputError("deflateInit2 failed: \(status)") }
    }

    deinit {
        deflateEnd(stream)
        stream.deinitialize(count: 1)
        stream.deallocate()
    }

    /// Compresses the next piece of input and returns the output it produced.
    func deflate(_ bytes: [UInt8], finish: Bool) throws -> [UInt8] {
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var input = bytes
        try input.withUnsafeMutableBufferPointer { source in
            stream.pointee.next_in = source.baseAddress
            stream.pointee.avail_in = UInt32(source.count)
            while true {
                let status = chunk.withUnsafeMutableBufferPointer { target in
                    stream.pointee.next_out = target.baseAddress
                    stream.pointee.avail_out = UInt32(target.count)
                    return CZlib.deflate(stream, finish ? Z_FINISH : Z_NO_FLUSH)
                }
                output += chunk.prefix(chunk.count - Int(stream.pointee.avail_out))
                if status == Z_STREAM_END { return }
                guard status == Z_OK || status == Z_BUF_ERROR else { throw InputError("deflate failed: \(status)") }
                if !finish, stream.pointee.avail_in == 0, stream.pointee.avail_out > 0 { return }
            }
        }
        return output
    }
}
