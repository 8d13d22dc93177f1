import Testing

@testable import NucIO

@Suite struct NpyFileConversionTests {}

// MARK: - Values numpy reads

extension NpyFileConversionTests {
    @Test(arguments: NpyFixtures.readableNames.filter { NpyFixtures.all[$0]?.double != nil })
    func doublesMatchNumpy(name: String) throws {
        let expected = try #require(NpyFixtures.all[name]?.doubles)
        let values = try NpyFixtures.open(name).doubleValues()
        #expect(values.count == expected.count)
        for (value, reference) in zip(values, expected) {
            #expect(isSameDouble(value, reference), "\(value) != \(reference)")
        }
    }

    @Test(arguments: NpyFixtures.readableNames.filter { NpyFixtures.all[$0]?.int64 != nil })
    func integersMatchNumpy(name: String) throws {
        let expected = try #require(NpyFixtures.all[name]?.integers)
        #expect(try NpyFixtures.open(name).int64Values() == expected)
    }

    @Test(
        arguments: NpyFixtures.readableNames.filter {
            NpyFixtures.all[$0]?.double != nil && NpyFixtures.all[$0]?.int64 == nil
        })
    func valuesWithoutAnExactInt64AreRejected(name: String) throws {
        let file = try NpyFixtures.open(name)
        let error = expectInputError(file: file.path, containing: "is not an integer in Int64 range") {
            _ = try file.int64Values()
        }
        #expect(error?.offset != nil)
    }

    @Test(arguments: NpyFixtures.readableNames.filter { NpyFixtures.all[$0]?.strings != nil })
    func stringsMatchNumpy(name: String) throws {
        let expected = try #require(NpyFixtures.all[name]?.strings)
        #expect(try NpyFixtures.open(name).strings() == expected)
    }

    @Test func nonIntegralFloatNamesValueAndByte() throws {
        let file = try NpyFixtures.open("dtype_f8_le")
        let error = expectInputError(file: file.path, containing: "value 0.1 (element 0 in file order)") {
            _ = try file.int64Values()
        }
        #expect(error?.offset == 128)
    }

    @Test func unsignedAboveInt64MaxIsRejected() throws {
        let file = try NpyFixtures.open("dtype_u8_be")
        expectInputError(file: file.path, containing: "value 9223372036854775808 (element 4") {
            _ = try file.int64Values()
        }
    }
}

// MARK: - Slices

extension NpyFileConversionTests {
    @Test(arguments: [
        "stack3_c_f8", "stack3_f_f8", "stack3_f_i2_be", "stack4_c_f8", "stack4_f_f8", "stack4_c_f4_be",
        "labels_stack_f_f8", "unicode_f_be", "dtype_i4_be", "shape_vector_i8",
    ])
    func sliceIsTheMatchingBlockOfTheWholeArray(name: String) throws {
        let file = try NpyFixtures.open(name)
        let blockSize = file.count / file.shape[0]
        if file.dtype.kind == .unicode {
            let whole = try file.strings()
            for slice in 0..<file.shape[0] {
                #expect(try file.strings(slice: slice) == Array(whole[(slice * blockSize)..<((slice + 1) * blockSize)]))
            }
            return
        }
        let whole = try file.doubleValues()
        let integers = NpyFixtures.all[name]?.int64 == nil ? nil : try file.int64Values()
        for slice in 0..<file.shape[0] {
            let block = (slice * blockSize)..<((slice + 1) * blockSize)
            #expect(try file.doubleValues(slice: slice) == Array(whole[block]))
            if let integers {
                #expect(try file.int64Values(slice: slice) == Array(integers[block]))
            }
        }
    }

    @Test func fortranAndCOrderFilesReadTheSameValues() throws {
        #expect(try NpyFixtures.open("stack3_c_f8").doubleValues() == NpyFixtures.open("stack3_f_f8").doubleValues())
        #expect(try NpyFixtures.open("stack4_c_f8").doubleValues() == NpyFixtures.open("stack4_f_f8").doubleValues())
    }

    @Test func sliceOutOfRangeIsRejected() throws {
        let file = try NpyFixtures.open("stack3_c_f8")
        expectInputError(file: file.path, containing: "slice 4 is out of range 0..<4") {
            _ = try file.doubleValues(slice: 4)
        }
        expectInputError(file: file.path, containing: "slice -1 is out of range") {
            _ = try file.int64Values(slice: -1)
        }
    }

    @Test func scalarHasNoSliceButReadsWhole() throws {
        let file = try NpyFixtures.open("shape_scalar_f8")
        #expect(try file.doubleValues() == [3.25])
        expectInputError(file: file.path, containing: "has no axis 0") { _ = try file.doubleValues(slice: 0) }
    }

    @Test func emptyArrayReadsNothing() throws {
        let file = try NpyFixtures.open("shape_empty_f8")
        #expect(try file.doubleValues().isEmpty)
        expectInputError(file: file.path, containing: "out of range 0..<0") { _ = try file.doubleValues(slice: 0) }
    }
}

// MARK: - Type mismatches

extension NpyFileConversionTests {
    @Test func stringsAreNotNumbers() throws {
        let file = try NpyFixtures.open("unicode_le")
        expectInputError(file: file.path, containing: "cannot read <U5 strings as numbers") {
            _ = try file.doubleValues()
        }
        expectInputError(file: file.path, containing: "cannot read <U5 strings as integers") {
            _ = try file.int64Values()
        }
    }

    @Test func numbersAreNotStrings() throws {
        let file = try NpyFixtures.open("dtype_i4_le")
        expectInputError(file: file.path, containing: "not a unicode string dtype") { _ = try file.strings() }
    }

    @Test func invalidCodeUnitIsRejected() throws {
        let surrogate: [UInt8] = [0x00, 0xD8, 0x00, 0x00]
        let bytes = NpyBytes.make(header: NpyBytes.dict(descr: "<U1", shape: "(1,)"), data: surrogate)
        try TemporaryFiles.withFile(bytes) { path in
            let error = expectInputError(file: path, containing: "code unit 55296 is not a Unicode scalar") {
                _ = try NpyFile(path: path).strings()
            }
            #expect(error?.offset == 128)
        }
    }
}
