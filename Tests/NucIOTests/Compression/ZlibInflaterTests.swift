import CZlib
import Testing

@testable import NucIO

@Suite struct ZlibInflaterTests {}

// MARK: - Round trips

extension ZlibInflaterTests {
    @Test(arguments: [0, 1, 1000, 70_000, 300_000])
    func inflatesWhatDeflateWrote(size: Int) throws {
        for format in [ZlibInflater.Format.zlib, .raw] {
            let original = Deflate.sample(count: size, seed: UInt64(size))
            let compressed = try Deflate.compress(original, format: format)
            let known = try compressed.withUnsafeBytes {
                try ZlibInflater.inflate($0, expectedSize: size, limit: size, format: format)
            }
            let unknown = try compressed.withUnsafeBytes {
                try ZlibInflater.inflate($0, expectedSize: nil, limit: 1 << 20, format: format)
            }
            #expect(known == original)
            #expect(unknown == original)
        }
    }

    @Test func prefixStopsEarlyAndReturnsShortStreamsWhole() throws {
        let original = Deflate.sample(count: 5000, seed: 3)
        let compressed = try Deflate.compress(original, format: .zlib)
        let head = try compressed.withUnsafeBytes { try ZlibInflater.inflatePrefix($0, count: 100, format: .zlib) }
        let whole = try compressed.withUnsafeBytes { try ZlibInflater.inflatePrefix($0, count: 9000, format: .zlib) }
        #expect(head == Array(original.prefix(100)))
        #expect(whole == original)
    }

    @Test func bytesAfterTheStreamAreIgnored() throws {
        let original = Deflate.sample(count: 2000, seed: 4)
        let compressed = try Deflate.compress(original, format: .zlib) + [1, 2, 3]
        let output = try compressed.withUnsafeBytes {
            try ZlibInflater.inflate($0, expectedSize: 2000, limit: 2000, format: .zlib)
        }
        #expect(output == original)
    }
}

// MARK: - Bad streams

extension ZlibInflaterTests {
    @Test func declaredSizeAboveTheLimitFailsBeforeInflating() throws {
        let compressed = try Deflate.compress([1, 2, 3], format: .zlib)
        expectInputError(file: nil, containing: "declared decompressed size 1000 exceeds the 999-byte limit") {
            _ = try compressed.withUnsafeBytes {
                try ZlibInflater.inflate($0, expectedSize: 1000, limit: 999, format: .zlib)
            }
        }
    }

    @Test func outputBeyondTheLimitFails() throws {
        let compressed = try Deflate.compress([UInt8](repeating: 0, count: 1 << 20), format: .zlib)
        expectInputError(file: nil, containing: "decompressed data continues past the 100000-byte limit") {
            _ = try compressed.withUnsafeBytes {
                try ZlibInflater.inflate($0, expectedSize: nil, limit: 100_000, format: .zlib)
            }
        }
    }

    @Test func streamLongerOrShorterThanDeclaredFails() throws {
        let compressed = try Deflate.compress(Deflate.sample(count: 500, seed: 5), format: .raw)
        expectInputError(file: nil, containing: "continues past the declared 499 bytes") {
            _ = try compressed.withUnsafeBytes {
                try ZlibInflater.inflate($0, expectedSize: 499, limit: 600, format: .raw)
            }
        }
        expectInputError(file: nil, containing: "has 500 bytes, fewer than the declared 501") {
            _ = try compressed.withUnsafeBytes {
                try ZlibInflater.inflate($0, expectedSize: 501, limit: 600, format: .raw)
            }
        }
    }

    @Test func truncatedStreamFailsAtEveryCut() throws {
        let compressed = try Deflate.compress(Deflate.sample(count: 3000, seed: 6), format: .zlib)
        let accepted = (0..<compressed.count).filter { cut in
            let prefix = Array(compressed.prefix(cut))
            return
                (try? prefix.withUnsafeBytes {
                    try ZlibInflater.inflate($0, expectedSize: nil, limit: 10_000, format: .zlib)
                }) != nil
        }
        #expect(accepted.isEmpty)
    }

    @Test func corruptChecksumAndHeaderAreReported() throws {
        var compressed = try Deflate.compress(Deflate.sample(count: 3000, seed: 7), format: .zlib)
        compressed[compressed.count - 1] ^= 0xFF
        expectInputError(file: nil, containing: "compressed data is corrupt (zlib: incorrect data check)") {
            _ = try compressed.withUnsafeBytes {
                try ZlibInflater.inflate($0, expectedSize: 3000, limit: 3000, format: .zlib)
            }
        }
        let garbage: [UInt8] = Array("not a zlib stream".utf8)
        expectInputError(file: nil, containing: "compressed data is corrupt (zlib: incorrect header check)") {
            _ = try garbage.withUnsafeBytes {
                try ZlibInflater.inflate($0, expectedSize: nil, limit: 100, format: .zlib)
            }
        }
    }
}
