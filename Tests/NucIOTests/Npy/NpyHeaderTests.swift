import Testing

@testable import NucIO

@Suite struct NpyHeaderTests {
    private func header(_ bytes: [UInt8]) throws -> NpyHeader {
        try bytes.withUnsafeBytes { try NpyHeader(bytes: $0, file: "bad.npy") }
    }

    private func expectRejected(
        _ bytes: [UInt8], containing fragment: String, offset: Int? = nil,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let error = expectInputError(file: "bad.npy", containing: fragment, sourceLocation: sourceLocation) {
            _ = try header(bytes)
        }
        if let offset {
            #expect(error?.offset == offset, sourceLocation: sourceLocation)
        }
    }
}

// MARK: - Valid headers

extension NpyHeaderTests {
    @Test(arguments: [UInt8(1), 2, 3])
    func readsEveryVersion(major: UInt8) throws {
        let bytes = NpyBytes.make(
            header: NpyBytes.dict(descr: "<f8", shape: "(2, 1)"), major: major, data: NpyBytes.littleEndian([1, 2]))
        let parsed = try header(bytes)
        #expect(parsed.majorVersion == Int(major))
        #expect(parsed.shape == [2, 1])
        #expect(parsed.count == 2)
        #expect(parsed.dataOffset == bytes.count - 16)
        #expect(parsed.dataOffset % 64 == 0)
    }

    @Test func readsScalarsAndEmptyArrays() throws {
        let scalar = try header(
            NpyBytes.make(header: NpyBytes.dict(descr: "<f8", shape: "()"), data: NpyBytes.littleEndian([4])))
        #expect(scalar.shape == [])
        #expect(scalar.count == 1)
        let empty = try header(NpyBytes.make(header: NpyBytes.dict(descr: "<f8", shape: "(0, 3)")))
        #expect(empty.count == 0)
    }

    @Test func acceptsKeysInAnyOrder() throws {
        let bytes = NpyBytes.make(header: "{'shape': (1,), 'fortran_order': True, 'descr': '|u1'}", data: [7])
        let parsed = try header(bytes)
        #expect(parsed.isFortranOrder)
        #expect(parsed.dtype.kind == .unsignedInteger)
    }
}

// MARK: - Preamble

extension NpyHeaderTests {
    @Test func rejectsBadMagic() {
        expectRejected(Array("PK\u{3}\u{4} zip file, not npy".utf8), containing: "bad magic", offset: 0)
    }

    @Test func rejectsFilesShorterThanTheMagic() {
        expectRejected([0x93, UInt8(ascii: "N")], containing: "too short to be an .npy file (2 bytes)", offset: 0)
    }

    @Test func rejectsMissingVersionAndLength() {
        expectRejected([0x93] + Array("NUMPY".utf8) + [1], containing: "no format version")
        expectRejected([0x93] + Array("NUMPY".utf8) + [2, 0, 1, 0], containing: "no header length")
    }

    @Test(arguments: [(UInt8(0), UInt8(0)), (4, 0), (1, 1), (255, 255)])
    func rejectsUnknownVersions(major: UInt8, minor: UInt8) {
        var bytes = NpyBytes.make(header: NpyBytes.dict(descr: "|u1", shape: "(1,)"), data: [1])
        bytes[6] = major
        bytes[7] = minor
        expectRejected(bytes, containing: "unsupported .npy format version \(major).\(minor)", offset: 6)
    }

    @Test func rejectsHeaderLengthPastEndOfFile() {
        let bytes: [UInt8] = [0x93] + Array("NUMPY".utf8) + [2, 0, 0xFF, 0xFF, 0xFF, 0xFF] + Array("{}".utf8)
        expectRejected(
            bytes, containing: "header length 4294967295 runs past the end of the file (14 bytes)", offset: 8)
    }

    @Test func rejectsHeadersLongerThanNumpysLimit() {
        let text = Array(NpyBytes.dict(descr: "|u1", shape: "(1,)").utf8) + [UInt8](repeating: 32, count: 10_000)
        expectRejected(NpyBytes.make(rawHeader: text, major: 2, data: [1]), containing: "exceeds numpy's limit")
    }
}

// MARK: - Header dict

extension NpyHeaderTests {
    @Test(arguments: [
        ("[1, 2]", "header is not a dict"),
        ("{'descr': '<f8', 'shape': (1,)}", "header keys are [\"descr\", \"shape\"]"),
        ("{'descr': '<f8', 'fortran_order': False, 'shape': (1,), 'extra': 0}", "expected exactly"),
        ("{'descr': 8, 'fortran_order': False, 'shape': (1,)}", "descr is not a dtype string: 8"),
        ("{'descr': ('<f8', (2,)), 'fortran_order': False, 'shape': (1,)}", "descr is not a dtype string"),
        ("{'descr': '<f8', 'fortran_order': 0, 'shape': (1,)}", "fortran_order is not True or False: 0"),
        ("{'descr': '<f8', 'fortran_order': False, 'shape': [1]}", "shape is not a tuple: [1]"),
        ("{'descr': '<f8', 'fortran_order': False, 'shape': 1}", "shape is not a tuple: 1"),
        ("{'descr': '<f8', 'fortran_order': False, 'shape': (1, '2')}", "holds a non-integer"),
        ("{'descr': '<f8', 'fortran_order': False, 'shape': (2, -3)}", "has a negative dimension"),
        ("{'descr': '<c16', 'fortran_order': False, 'shape': (1,)}", "unsupported dtype '<c16'"),
        ("{'descr': '|O', 'fortran_order': False, 'shape': (1,)}", "object arrays (pickled data) are not supported"),
    ])
    func rejectsBadDict(text: String, fragment: String) {
        expectRejected(NpyBytes.make(header: text, data: [UInt8](repeating: 0, count: 8)), containing: fragment)
    }

    @Test func rejectsStructuredDtypes() {
        let text = "{'descr': [('x', '<i4'), ('y', '<f8')], 'fortran_order': False, 'shape': (1,)}"
        expectRejected(
            NpyBytes.make(header: text, data: [UInt8](repeating: 0, count: 12)),
            containing: "structured dtypes (a list descr) are not supported", offset: 10)
    }

    @Test func rejectsTooManyDimensions() {
        let shape = "(" + String(repeating: "1, ", count: 65) + ")"
        expectRejected(
            NpyBytes.make(header: NpyBytes.dict(descr: "|u1", shape: shape), data: [0]),
            containing: "65 dimensions")
    }
}

// MARK: - Sizes

extension NpyHeaderTests {
    @Test func rejectsShapeProductOverflow() {
        let text = NpyBytes.dict(descr: "<f8", shape: "(4611686018427387904, 4611686018427387904)")
        expectRejected(NpyBytes.make(header: text, data: [0]), containing: "overflows 64-bit sizes")
    }

    @Test func rejectsOverflowingStridesEvenWhenEmpty() {
        let text = NpyBytes.dict(descr: "<f8", shape: "(0, 4611686018427387904, 4611686018427387904)")
        expectRejected(NpyBytes.make(header: text), containing: "overflows 64-bit sizes")
    }

    @Test func rejectsByteCountOverflow() {
        let text = NpyBytes.dict(descr: "<f8", shape: "(2305843009213693952,)")
        expectRejected(NpyBytes.make(header: text, data: [0]), containing: "overflows 64-bit sizes")
    }

    @Test func rejectsAbsurdDimensionsAgainstTheFileLength() {
        let text = NpyBytes.dict(descr: "<f8", shape: "(1000000000, 1000000000)")
        expectRejected(
            NpyBytes.make(header: text, data: [0]),
            containing: "truncated: expected 8000000000000000000 bytes of data, file has 1")
    }

    @Test func rejectsTruncatedData() {
        let bytes = NpyBytes.make(
            header: NpyBytes.dict(descr: "<f8", shape: "(2, 3)"), data: NpyBytes.littleEndian([1, 2, 3, 4, 5]))
        expectRejected(bytes, containing: "truncated: expected 48 bytes of data, file has 40", offset: 128)
    }

    @Test func rejectsTrailingData() {
        let bytes = NpyBytes.make(header: NpyBytes.dict(descr: "|u1", shape: "(2,)"), data: [1, 2, 3])
        expectRejected(bytes, containing: "expected 2 bytes of data, file has 3 (trailing bytes", offset: 130)
    }

    @Test func rejectsAHeaderWithNoData() {
        let bytes = NpyBytes.make(header: NpyBytes.dict(descr: "<i4", shape: "(1,)"))
        expectRejected(bytes, containing: "truncated: expected 4 bytes of data, file has 0")
    }
}
