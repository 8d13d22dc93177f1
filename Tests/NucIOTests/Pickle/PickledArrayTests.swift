import Testing

@testable import NucIO

@Suite struct PickledArrayTests {}

// MARK: - Construction

extension PickledArrayTests {
    @Test func sizesAreChecked() throws {
        let int16 = try NpyDType(descr: "<i2")
        #expect(try PickledArray(dtype: int16, shape: [2, 3], bytes: Array(repeating: 0, count: 12)).count == 6)
        expectInputError(file: nil, containing: "needs 12 bytes, got 11") {
            _ = try PickledArray(dtype: int16, shape: [2, 3], bytes: Array(repeating: 0, count: 11))
        }
        expectInputError(file: nil, containing: "negative dimension") {
            _ = try PickledArray(dtype: int16, shape: [-1], bytes: [])
        }
        expectInputError(file: nil, containing: "overflows 64-bit sizes") {
            _ = try PickledArray(dtype: int16, shape: [0, 1 << 62, 1 << 62], bytes: [])
        }
    }

    @Test func fortranOrderBecomesRowMajor() throws {
        let bytes: [UInt8] = [0, 3, 1, 4, 2, 5]
        let array = try PickledArray(fortranOrdered: bytes, dtype: NpyDType(descr: "|u1"), shape: [2, 3])
        #expect(array.shape == [2, 3] && array.bytes == [0, 1, 2, 3, 4, 5])
    }

    @Test func transposeFollowsNumpyAxisOrder() throws {
        let source = (0..<24).map { UInt8($0) }
        let array = try PickledArray(
            rowMajor: source, dtype: NpyDType(descr: "|u1"), shape: [2, 3, 4], transposedBy: [1, 0, 2])
        #expect(array.shape == [3, 2, 4])
        #expect(Array(array.bytes.prefix(8)) == [0, 1, 2, 3, 12, 13, 14, 15])
        expectInputError(file: nil, containing: "is not a permutation") {
            _ = try PickledArray(
                rowMajor: source, dtype: NpyDType(descr: "|u1"), shape: [2, 3, 4], transposedBy: [0, 0, 2])
        }
    }
}

// MARK: - Elements

extension PickledArrayTests {
    @Test func elementsConvertWithTheirByteOrder() throws {
        let bigEndian = try PickledArray(dtype: NpyDType(descr: ">i2"), shape: [2], bytes: [0xFF, 0xFE, 0x01, 0x00])
        #expect(try bigEndian.int64Values() == [-2, 256])
        #expect(try bigEndian.doubleValues() == [-2, 256])
        let halves = try PickledArray(dtype: NpyDType(descr: "<f4"), shape: [1], bytes: [0, 0, 0xC0, 0x3F])
        #expect(try halves.doubleValues() == [1.5])
        expectInputError(file: nil, containing: "is not an integer in Int64 range") { _ = try halves.int64Values() }
    }

    @Test func unicodeElementsDropTrailingPadding() throws {
        let bytes: [UInt8] = [0x61, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
        let array = try PickledArray(dtype: NpyDType(descr: "<U2"), shape: [2], bytes: bytes)
        #expect(try array.strings() == ["a", ""])
        expectInputError(file: nil, containing: "strings as integers") { _ = try array.int64Values() }
        expectInputError(file: nil, containing: "strings as numbers") { _ = try array.doubleValues() }
        let numbers = try PickledArray(dtype: NpyDType(descr: "|u1"), shape: [1], bytes: [1])
        expectInputError(file: nil, containing: "not a unicode string dtype") { _ = try numbers.strings() }
    }

    @Test func equalArraysHashAlike() throws {
        let first = try PickledArray(dtype: NpyDType(descr: "|u1"), shape: [2], bytes: [1, 2])
        let second = try PickledArray(dtype: NpyDType(descr: "|u1"), shape: [2], bytes: [1, 2])
        #expect(first == second && first.hashValue == second.hashValue)
        #expect(Set([PickleValue.scalar(first), .scalar(second)]).count == 1)
    }
}
