import Testing

@testable import NucIO

@Suite struct NpyDTypeTests {}

// MARK: - Supported descriptors

extension NpyDTypeTests {
    @Test(arguments: [
        ("|b1", NpyDType.Kind.boolean, 1, "|b1"),
        ("?", .boolean, 1, "|b1"),
        ("|u1", .unsignedInteger, 1, "|u1"),
        ("<u1", .unsignedInteger, 1, "|u1"),
        ("<u2", .unsignedInteger, 2, "<u2"),
        (">u4", .unsignedInteger, 4, ">u4"),
        ("<u8", .unsignedInteger, 8, "<u8"),
        ("|i1", .signedInteger, 1, "|i1"),
        (">i2", .signedInteger, 2, ">i2"),
        ("<i4", .signedInteger, 4, "<i4"),
        (">i8", .signedInteger, 8, ">i8"),
        ("<f4", .floatingPoint, 4, "<f4"),
        (">f8", .floatingPoint, 8, ">f8"),
        ("<U5", .unicode, 20, "<U5"),
        (">U1", .unicode, 4, ">U1"),
    ])
    func parsesDescriptor(descr: String, kind: NpyDType.Kind, itemSize: Int, written: String) throws {
        let dtype = try NpyDType(descr: descr)
        #expect(dtype.kind == kind)
        #expect(dtype.itemSize == itemSize)
        #expect(dtype.description == written)
    }

    @Test func nativeOrderMarkersMeanTheMachinesOrder() throws {
        let native: NpyDType.ByteOrder = NpyDType.hostIsLittleEndian ? .littleEndian : .bigEndian
        #expect(try NpyDType(descr: "=f8").byteOrder == native)
        #expect(try NpyDType(descr: "|f8").byteOrder == native)
        #expect(try NpyDType(descr: "i4").byteOrder == native)
        #expect(try NpyDType(descr: "=f8").needsByteSwap == false)
    }

    @Test func oneByteTypesHaveNoOrder() throws {
        #expect(try NpyDType(descr: ">u1").byteOrder == .notApplicable)
        #expect(try NpyDType(descr: "<b1").needsByteSwap == false)
    }

    @Test func bigEndianNeedsSwapOnLittleEndianHosts() throws {
        #expect(try NpyDType(descr: ">f8").needsByteSwap == NpyDType.hostIsLittleEndian)
        #expect(try NpyDType(descr: "<f8").needsByteSwap == !NpyDType.hostIsLittleEndian)
    }
}

// MARK: - Rejected descriptors

extension NpyDTypeTests {
    @Test func objectDtypeIsRejectedAsPickled() {
        expectInputError(file: nil, containing: "object arrays (pickled data) are not supported") {
            _ = try NpyDType(descr: "|O")
        }
    }

    @Test(arguments: ["<c16", "<f2", "<f16", "<i3", "float64", "|V8", "<M8[ns]", "|S5", "b2", ""])
    func unknownDtypeIsRejected(descr: String) {
        expectInputError(file: nil, containing: "unsupported dtype '\(descr)'") {
            _ = try NpyDType(descr: descr)
        }
    }

    @Test(arguments: ["<U0", "<U", "<U-1", "<U99999999999999999999", "<U4611686018427387904"])
    func badStringLengthIsRejected(descr: String) {
        expectInputError(file: nil, containing: "string length") {
            _ = try NpyDType(descr: descr)
        }
    }
}
