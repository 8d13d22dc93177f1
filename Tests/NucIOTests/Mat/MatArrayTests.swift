import Testing

@testable import NucIO

@Suite struct MatArrayTests {}

extension MatArrayTests {
    @Test func integersConvertExactlyAndDoublesAsNumpyDoes() throws {
        let big = MatArray(shape: [1, 3], numbers: .int64([Int64.min, 1 << 53 + 1, Int64.max]))
        #expect(try big.int64Values() == [Int64.min, 1 << 53 + 1, Int64.max])
        #expect(big.doubleValues == [-0x1p63, 0x1p53, 0x1p63])
        let unsigned = MatArray(shape: [2, 1], numbers: .uint64([0, UInt64(Int64.max)]))
        #expect(try unsigned.int64Values() == [0, Int64.max])
        let logical = MatArray(shape: [1, 2], numbers: .logical([true, false]))
        #expect(try logical.int64Values() == [1, 0])
        #expect(logical.doubleValues == [1, 0])
        let single = MatArray(shape: [1, 2], numbers: .single([0.1, -3]))
        #expect(single.doubleValues == [Double(Float(0.1)), -3])
        #expect(try MatArray(shape: [1, 1], numbers: .single([-3])).int64Values() == [-3])
    }

    @Test func valuesWithoutAnExactInt64AreNamed() {
        let cases: [(MatNumbers, String)] = [
            (.double([1, 1.5]), "value 1.5 at index 1 (row-major) is not an integer in Int64 range"),
            (.double([.nan]), "value nan at index 0"),
            (.single([.infinity]), "value inf at index 0"),
            (.double([0x1p63]), "value 9.223372036854776e+18 at index 0"),
            (.uint64([1, UInt64.max]), "value 18446744073709551615 at index 1 (row-major) is larger than Int64.max"),
        ]
        for (numbers, fragment) in cases {
            expectInputError(file: nil, containing: fragment) {
                _ = try MatArray(shape: [1, numbers.count], numbers: numbers).int64Values()
            }
        }
    }

    @Test func classNamesAreMatlabs() {
        let names = [
            MatNumbers.double([]), .single([]), .int8([]), .uint8([]), .int16([]), .uint16([]), .int32([]),
            .uint32([]), .int64([]), .uint64([]), .logical([]),
        ].map(\.className)
        #expect(
            names == [
                "double", "single", "int8", "uint8", "int16", "uint16", "int32", "uint32", "int64", "uint64", "logical",
            ])
    }
}
