import Foundation
import Testing

@testable import NucIO

@Suite struct MatMalformedTests {}

// MARK: - Truncation

extension MatMalformedTests {
    @Test(arguments: [
        "crafted_big_endian_plain.mat", "crafted_big_endian_compressed.mat", "scipy_containers_plain.mat",
        "scipy_containers_compressed.mat",
    ])
    func everyTruncationFailsOrReadsWholeVariables(name: String) throws {
        let bytes = try MatFixtures.bytes(name)
        let original = try MatFile(path: MatFixtures.path(name))
        let boundaries = Set(original.entries.map(\.offset))
        let values = try original.variableNames.map { MatExpectation.canonical(try original.variable($0)) }
        let clock = ContinuousClock()
        var slowest = Duration.zero
        try TemporaryFiles.withDirectory { directory in
            for cut in 0..<bytes.count {
                let path = directory + "/cut-\(cut).mat"
                try Data(bytes.prefix(cut)).write(to: URL(fileURLWithPath: path))
                let start = clock.now
                do {
                    let file = try MatFile(path: path)
                    let read = try file.variableNames.map { MatExpectation.canonical(try file.variable($0)) }
                    #expect(boundaries.contains(cut), "cut at \(cut) of \(bytes.count) read without error")
                    #expect(read == Array(values.prefix(read.count)), "cut at \(cut)")
                } catch let error as InputError {
                    #expect(error.file == path, "cut at \(cut): \(error)")
                }
                slowest = max(slowest, clock.now - start)
                try FileManager.default.removeItem(atPath: path)
            }
        }
        #expect(slowest < .seconds(1))
    }
}

// MARK: - Headers

extension MatMalformedTests {
    @Test func shortWrongOrderAndWrongVersionHeadersAreRejected() throws {
        let writer = MatBytes()
        var badEndian = writer.header()
        badEndian[126] = UInt8(ascii: "X")
        let cases: [([UInt8], String)] = [
            (Array(writer.header().prefix(100)), "truncated: a MAT-file header needs 128 bytes, the file has 100"),
            (badEndian, "not a MATLAB Level-5 .mat file: endian indicator is 88, 77"),
            (writer.header(version: 0x0101), "unsupported MAT-file version 0x101"),
            (writer.header(version: 0x0200), "MATLAB v7.3 (HDF5) .mat files are not supported; re-save with -v7"),
            (writer.header(text: "MATLAB 7.3 MAT-file, Platform: GLNXA64"), "MATLAB v7.3 (HDF5)"),
            ([0, 0, 0, 0, 2, 0, 0, 0, 3, 0, 0, 0] + [UInt8](repeating: 0, count: 40), "MATLAB v4 .mat files are not"),
            (Array(String(repeating: "plain text, not a MAT-file. ", count: 10).utf8), "endian indicator"),
            (writer.header() + [1, 2, 3, 4, 5], "the 5 bytes after the last variable are too few for a tag"),
            (
                writer.header() + writer.element(9, [UInt8](repeating: 0, count: 8), small: false),
                "expected a variable (miMATRIX or miCOMPRESSED element), found miDOUBLE"
            ),
            (
                writer.header() + writer.element(99, [1, 2, 3, 4, 5, 6, 7, 8], small: false),
                "found unknown data type code 99"
            ),
            (writer.header() + writer.word(UInt32(14)) + writer.word(UInt32(0)), "declares no bytes"),
        ]
        for (bytes, fragment) in cases {
            try TemporaryFiles.withFile(bytes, name: "header.mat") { path in
                expectInputError(file: path, containing: fragment) { _ = try MatFile(path: path) }
            }
        }
    }

    @Test func bigEndianHeaderIsDetected() throws {
        let writer = MatBytes(isBigEndian: true)
        try TemporaryFiles.withFile(writer.file([writer.doubles("x", dimensions: [1, 2], [1.5, -2])])) { path in
            let file = try MatFile(path: path)
            #expect(file.isBigEndian)
            #expect(try file.variable("x").array?.doubleValues == [1.5, -2])
        }
    }
}

// MARK: - Dimensions and type codes

extension MatMalformedTests {
    @Test func absurdDimensionsFailWithoutAllocating() throws {
        let writer = MatBytes()
        let huge = Int32.max
        let eight = writer.element(9, [UInt8](repeating: 0, count: 8))
        try expectVariableErrors(
            writer,
            [
                (writer.matrix("a", classCode: 6, dimensions: [huge, huge, huge], parts: [eight]), "overflow"),
                (
                    writer.matrix("a", classCode: 6, dimensions: [huge, huge], parts: [eight]),
                    "mxDOUBLE array of shape [2147483647, 2147483647] needs 4611686014132420609 values"
                ),
                (
                    writer.matrix("a", classCode: 1, dimensions: [65536, 65536]),
                    "needs 4294967296 cells, but its remaining 0 bytes hold at most 0"
                ),
                (
                    writer.matrix("a", classCode: 4, dimensions: [huge, huge], parts: [writer.element(16, [])]),
                    "implausibly large"
                ),
                (
                    writer.matrix(
                        "a", classCode: 2, dimensions: [huge, 1],
                        parts: [
                            writer.element(5, writer.word(Int32(8))), writer.element(1, Array("field\0\0\0".utf8)),
                        ]), "needs 2147483647 field values"
                ),
                (writer.matrix("a", classCode: 6, dimensions: [2, -3], parts: [eight]), "negative dimension -3"),
                (
                    writer.matrix("a", classCode: 6, dimensions: [2], parts: [eight]),
                    "dimensions must be an miINT32 element of at least 2 values"
                ),
            ])
    }

    @Test func wrongTypeCodesAreNamed() throws {
        let writer = MatBytes()
        let name = writer.element(1, Array("a".utf8))
        let dimensions = writer.element(5, writer.word(Int32(1)) + writer.word(Int32(1)))
        func body(_ parts: [[UInt8]]) -> [UInt8] {
            let body = parts.joined()
            return writer.word(UInt32(14)) + writer.word(UInt32(body.count)) + body
        }
        try expectVariableErrors(
            writer,
            [
                (
                    body([writer.element(9, [UInt8](repeating: 0, count: 8)), dimensions, name]),
                    "array flags must be an 8-byte miUINT32 element, found miDOUBLE element of 8 bytes"
                ),
                (writer.matrix("a", classCode: 99, dimensions: [1, 1]), "unknown array class 99"),
                (
                    writer.matrix(
                        "a", classCode: 6, dimensions: [1, 1], parts: [writer.element(14, [0, 0, 0, 0, 0, 0, 0, 0])]),
                    "numeric data must be a numeric element, found miMATRIX element of 8 bytes"
                ),
                (
                    writer.matrix(
                        "a", classCode: 6, dimensions: [1, 1], parts: [writer.element(42, [0, 0, 0, 0, 0, 0, 0, 0])]),
                    "found unknown data type code 42 element of 8 bytes"
                ),
                (
                    writer.matrix(
                        "a", classCode: 6, dimensions: [1, 1], parts: [writer.word(UInt32(6 << 16 | 2)) + [1, 2, 3, 4]]),
                    "small data element declares 6 bytes; at most 4 fit"
                ),
                (
                    writer.matrix(
                        "a", classCode: 8, dimensions: [1, 1], parts: [writer.element(9, writer.word((1.5).bitPattern))]
                    ),
                    "value 1.5 stored as miDOUBLE does not fit class mxINT8"
                ),
                (
                    writer.matrix(
                        "a", classCode: 6, dimensions: [1, 1], flags: 0x800,
                        parts: [
                            writer.element(9, writer.word((1.0).bitPattern)),
                            writer.element(9, writer.word((2.0).bitPattern)),
                        ]), "complex arrays are not supported: this reader returns real values only"
                ),
                (writer.matrix("a", classCode: 5, dimensions: [2, 2]), "sparse arrays are not supported"),
                (
                    writer.matrix("a", classCode: 16, dimensions: [1, 1]),
                    "function handles (mxFUNCTION) are not supported"
                ),
                (
                    writer.cell("a", dimensions: [1, 1], [writer.element(9, [UInt8](repeating: 0, count: 8))]),
                    "expected an miMATRIX element inside a cell or struct, found miDOUBLE element of 8 bytes"
                ),
                (
                    writer.matrix(
                        "a", classCode: 4, dimensions: [1, 2],
                        parts: [writer.element(9, [UInt8](repeating: 0, count: 16))]),
                    "char data must be text (miUTF8, miUINT16, miUTF16), found miDOUBLE element of 16 bytes"
                ),
                (
                    writer.matrix(
                        "a", classCode: 4, dimensions: [1, 3], parts: [writer.element(16, Array("ab".utf8))]),
                    "mxCHAR array of shape [1, 3] needs 3 characters; its miUTF8 element of 2 bytes holds 2 characters"
                ),
            ])
    }

    @Test func errorsGiveTheOffsetOfTheBadElement() throws {
        let writer = MatBytes()
        let oversized = writer.word(UInt32(9)) + writer.word(UInt32(800)) + [UInt8](repeating: 0, count: 8)
        let matrix = writer.matrix("a", classCode: 6, dimensions: [1, 1], parts: [oversized])
        try TemporaryFiles.withFile(writer.file([matrix]), name: "offset.mat") { path in
            let file = try MatFile(path: path)
            let error = expectInputError(
                file: path, containing: "truncated or corrupt: miDOUBLE element declares 800 bytes, only 8 remain"
            ) {
                _ = try file.variable("a")
            }
            #expect(error?.offset == 128 + matrix.count - oversized.count)
        }
        try TemporaryFiles.withFile(writer.file([try writer.compressed(matrix)]), name: "offset.mat") { path in
            let file = try MatFile(path: path)
            let error = expectInputError(
                file: path,
                containing: "(inside compressed element, at decompressed byte \(matrix.count - oversized.count))"
            ) {
                _ = try file.variable("a")
            }
            #expect(error?.offset == 128)
        }
    }

    /// Expects reading each matrix, written alone in a file, to fail with its fragment.
    private func expectVariableErrors(
        _ writer: MatBytes, _ cases: [([UInt8], String)], sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        for (matrix, fragment) in cases {
            try TemporaryFiles.withFile(writer.file([matrix]), name: "variable.mat") { path in
                expectInputError(file: path, containing: fragment, sourceLocation: sourceLocation) {
                    let file = try MatFile(path: path)
                    _ = try file.variable("a")
                }
            }
        }
    }
}
