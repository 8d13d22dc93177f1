import Foundation
import Testing

@testable import NucIO

@Suite struct NpyWriterTests {
    /// Writes `values` and returns the bytes of the file.
    private func written<Element: NpyWritable>(_ values: [Element], shape: [Int]) throws -> [UInt8] {
        try TemporaryFiles.withDirectory { directory in
            let path = directory + "/out.npy"
            try NpyWriter.write(values, shape: shape, to: path)
            return try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        }
    }

    private func fixtureBytes(_ name: String) throws -> [UInt8] {
        try [UInt8](Data(contentsOf: URL(fileURLWithPath: NpyFixtures.path(name))))
    }
}

// MARK: - Byte-for-byte parity with numpy.save

extension NpyWriterTests {
    @Test func int32MatchesNumpy() throws {
        let values = try NpyFixtures.open("dtype_i4_le").int64Values().map { Int32($0) }
        #expect(try written(values, shape: [2, 3]) == fixtureBytes("dtype_i4_le"))
    }

    @Test func int64MatchesNumpy() throws {
        let values = try NpyFixtures.open("shape_vector_i8").int64Values()
        #expect(try written(values, shape: [5]) == fixtureBytes("shape_vector_i8"))
        let matrix = try NpyFixtures.open("dtype_i8_le").int64Values()
        #expect(try written(matrix, shape: [2, 3]) == fixtureBytes("dtype_i8_le"))
    }

    @Test func uint8MatchesNumpy() throws {
        let values = try NpyFixtures.open("dtype_u1_na").int64Values().map { UInt8($0) }
        #expect(try written(values, shape: [2, 3]) == fixtureBytes("dtype_u1_na"))
    }

    @Test func floatsMatchNumpy() throws {
        let floats = try NpyFixtures.open("dtype_f4_le").doubleValues().map { Float($0) }
        #expect(try written(floats, shape: [2, 3]) == fixtureBytes("dtype_f4_le"))
        let doubles = try NpyFixtures.open("stack4_c_f8").doubleValues()
        #expect(try written(doubles, shape: [3, 4, 5, 6]) == fixtureBytes("stack4_c_f8"))
    }

    @Test func scalarAndEmptyMatchNumpy() throws {
        #expect(try written([3.25], shape: []) == fixtureBytes("shape_scalar_f8"))
        #expect(try written([Double](), shape: [0, 3]) == fixtureBytes("shape_empty_f8"))
    }

    @Test func headerIsPaddedTo64BytesEndingInNewline() {
        for shape in [[], [1], [123_456_789_012, 5], Array(repeating: 9, count: 30)] {
            let header = NpyWriter.header(descr: "<f8", shape: shape)
            #expect(header.count % 64 == 0)
            #expect(header.last == UInt8(ascii: "\n"))
        }
    }
}

// MARK: - Round trip and errors

extension NpyWriterTests {
    @Test func roundTripsThroughTheReader() throws {
        try TemporaryFiles.withDirectory { directory in
            let path = directory + "/labels.npy"
            let labels: [Int32] = [0, 4, 4, 0, 9, 9]
            try NpyWriter.write(labels, shape: [2, 3], to: path)
            let file = try NpyFile(path: path)
            #expect(file.dtype.description == "<i4")
            #expect(try file.instanceMap().ids == [4, 9])
        }
    }

    @Test func shapeMustHoldTheValues() throws {
        try TemporaryFiles.withDirectory { directory in
            let path = directory + "/bad.npy"
            expectInputError(file: path, containing: "shape [2, 2] holds 4 elements but 3 were given") {
                try NpyWriter.write([1.0, 2.0, 3.0], shape: [2, 2], to: path)
            }
            expectInputError(file: path, containing: "must be non-negative") {
                try NpyWriter.write([Double](), shape: [-1, 0], to: path)
            }
            expectInputError(file: path, containing: "at most 64") {
                try NpyWriter.write([1.0], shape: Array(repeating: 1, count: 65), to: path)
            }
        }
    }

    @Test func unwritablePathIsAnInputError() throws {
        try TemporaryFiles.withDirectory { directory in
            let path = directory + "/missing/out.npy"
            expectInputError(file: path, containing: "cannot create") {
                try NpyWriter.write([UInt8(1)], shape: [1], to: path)
            }
        }
    }
}
