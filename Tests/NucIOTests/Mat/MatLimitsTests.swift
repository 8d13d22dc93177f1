import Testing

@testable import NucIO

@Suite struct MatLimitsTests {}

// MARK: - Decompression limits

extension MatLimitsTests {
    @Test func limitIsTheAllowanceOrTheRatioCappedByTheMaximum() {
        let limits = MatLimits()
        #expect(limits.decompressedSizeLimit(compressedSize: 1000) == 256 << 20)
        #expect(limits.decompressedSizeLimit(compressedSize: 10 << 20) == 640 << 20)
        #expect(limits.decompressedSizeLimit(compressedSize: 1 << 30) == 4 << 30)
        #expect(limits.decompressedSizeLimit(compressedSize: Int.max) == 4 << 30)
    }

    @Test func gigabyteOfZerosIsRefusedBeforeDecompressing() throws {
        let writer = MatBytes()
        let count = 1 << 27
        let header =
            Array(writer.doubles("bomb", dimensions: [1, Int32(count)], []).dropLast(8))
            + writer.word(UInt32(9)) + writer.word(UInt32(8 * count))
        var matrix = header
        matrix.replaceSubrange(4..<8, with: writer.word(UInt32(header.count - 8 + 8 * count)))
        let stream = try DeflateStream(format: .zlib, level: 1)
        var compressed = try stream.deflate(matrix, finish: false)
        let zeros = [UInt8](repeating: 0, count: 1 << 24)
        for _ in 0..<(8 * count / zeros.count) {
            compressed += try stream.deflate(zeros, finish: false)
        }
        compressed += try stream.deflate([], finish: true)
        let bytes = writer.file([writer.word(UInt32(15)) + writer.word(UInt32(compressed.count)) + compressed])
        try TemporaryFiles.withFile(bytes, name: "bomb.mat") { path in
            let clock = ContinuousClock()
            let start = clock.now
            let error = expectInputError(file: path, containing: "refusing to decompress a likely zip bomb") {
                _ = try MatFile(path: path)
            }
            #expect(clock.now - start < .milliseconds(100))
            #expect(error?.offset == 128)
            #expect(error?.message.contains("declare a \(header.count + 8 * count)-byte matrix") == true)
        }
    }

    @Test func streamLongerThanItsDeclaredMatrixStopsAtTheDeclaredSize() throws {
        let writer = MatBytes()
        let matrix = writer.doubles("small", dimensions: [1, 1], [4])
        let stream = try DeflateStream(format: .zlib, level: 1)
        var compressed = try stream.deflate(matrix, finish: false)
        for _ in 0..<16 {
            compressed += try stream.deflate([UInt8](repeating: 0, count: 1 << 22), finish: false)
        }
        compressed += try stream.deflate([], finish: true)
        let bytes = writer.file([writer.word(UInt32(15)) + writer.word(UInt32(compressed.count)) + compressed])
        try TemporaryFiles.withFile(bytes, name: "long.mat") { path in
            let file = try MatFile(path: path)
            let clock = ContinuousClock()
            let start = clock.now
            expectInputError(
                file: path, containing: "decompressed data continues past the declared \(matrix.count) bytes"
            ) {
                _ = try file.variable("small")
            }
            #expect(clock.now - start < .milliseconds(100))
        }
    }

    @Test func hugeDeclaredSizeInATinyStreamIsRefused() throws {
        let writer = MatBytes()
        let tag = writer.word(UInt32(14)) + writer.word(UInt32.max)
        let bytes = writer.file([try writer.compressed(tag)])
        try TemporaryFiles.withFile(bytes, name: "claim.mat") { path in
            expectInputError(
                file: path, containing: "declare a 4294967303-byte matrix, more than the 268435456-byte limit"
            ) {
                _ = try MatFile(path: path)
            }
        }
    }

    @Test func customLimitsApply() throws {
        let writer = MatBytes()
        let zeros = writer.matrix(
            "zeros", classCode: 6, dimensions: [2000, 1000],
            parts: [writer.element(2, [UInt8](repeating: 0, count: 2_000_000))])
        try TemporaryFiles.withFile(writer.file([try writer.compressed(zeros)]), name: "zeros.mat") { path in
            let value = try MatFile(path: path).variable("zeros")
            #expect(value.array?.numbers == .double([Double](repeating: 0, count: 2_000_000)))
            expectInputError(file: path, containing: "more than the 1048576-byte limit (MatLimits)") {
                _ = try MatFile(path: path, limits: MatLimits(decompressionAllowance: 1 << 20))
            }
        }
    }
}

// MARK: - Nesting

extension MatLimitsTests {
    @Test(arguments: [(64, true), (65, false), (300, false)])
    func nestingIsBounded(depth: Int, readable: Bool) throws {
        let writer = MatBytes()
        var element = writer.doubles("", dimensions: [1, 1], [7])
        for level in (0..<depth).reversed() {
            element = writer.cell(level == 0 ? "deep" : "", dimensions: [1, 1], [element])
        }
        try TemporaryFiles.withFile(writer.file([element]), name: "deep.mat") { path in
            let file = try MatFile(path: path)
            if readable {
                var value = try file.variable("deep")
                var levels = 0
                while case .cell(_, let elements) = value, let first = elements.first {
                    value = first
                    levels += 1
                }
                #expect(levels == depth)
                #expect(value.array?.doubleValues == [7])
            } else {
                expectInputError(file: path, containing: "cells and structs nest deeper than 64 levels") {
                    _ = try file.variable("deep")
                }
            }
        }
    }
}
