import Testing

@testable import NucIO

@Suite struct NpyHeaderParserTests {
    private func parse(_ text: String, isUTF8: Bool = false) throws -> NpyHeaderLiteral {
        try NpyHeaderParser.parse(Array(text.utf8), isUTF8: isUTF8, file: "h.npy", baseOffset: 10)
    }
}

// MARK: - Accepted literals

extension NpyHeaderParserTests {
    @Test func parsesWhatNumpyWrites() throws {
        let literal = try parse("{'descr': '<f8', 'fortran_order': False, 'shape': (2, 3), }        \n")
        #expect(
            literal
                == .dictionary([
                    "descr": .string("<f8"), "fortran_order": .boolean(false),
                    "shape": .tuple([.integer(2), .integer(3)]),
                ]))
    }

    @Test func parsesBothQuoteStylesSpacingAndNoTrailingComma() throws {
        let literal = try parse("{ \"descr\" :\"<i4\",\n\t'fortran_order':True,'shape':( 7 , ) }")
        #expect(
            literal
                == .dictionary([
                    "descr": .string("<i4"), "fortran_order": .boolean(true), "shape": .tuple([.integer(7)]),
                ]))
    }

    @Test func distinguishesTuplesFromParentheses() throws {
        #expect(try parse("()") == .tuple([]))
        #expect(try parse("(5,)") == .tuple([.integer(5)]))
        #expect(try parse("(5)") == .integer(5))
        #expect(try parse("(1, 2,)") == .tuple([.integer(1), .integer(2)]))
        #expect(
            try parse("[('a', '<i4'), ('b', '<f8')]")
                == .list([
                    .tuple([.string("a"), .string("<i4")]), .tuple([.string("b"), .string("<f8")]),
                ]))
    }

    @Test func parsesIntegersEscapesAndNames() throws {
        #expect(try parse("-12") == .integer(-12))
        #expect(try parse("0") == .integer(0))
        #expect(try parse("9223372036854775807") == .integer(Int.max))
        #expect(try parse(#"'it\'s \\ "x"'"#) == .string(#"it's \ "x""#))
        #expect(try parse("None") == .none)
    }

    @Test func decodesLatin1AndUTF8Strings() throws {
        let bytes: [UInt8] = [UInt8(ascii: "'"), 0xE7, UInt8(ascii: "'")]
        #expect(try NpyHeaderParser.parse(bytes, isUTF8: false, file: "h", baseOffset: 0) == .string("ç"))
        #expect(try parse("'ç'", isUTF8: true) == .string("ç"))
    }
}

// MARK: - Rejected text

extension NpyHeaderParserTests {
    @Test(arguments: [
        ("{'a': 1", "expected ',' or '}'"),
        ("{'a' 1}", "expected ':'"),
        ("{1: 2}", "keys must be strings"),
        ("{'a': 1, 'a': 2}", "duplicate key 'a'"),
        ("'abc", "unterminated string"),
        (#"'a\nb'"#, "unsupported escape"),
        ("007", "leading zero"),
        ("99999999999999999999", "too large"),
        ("{'a': true}", "unexpected name 'true'"),
        ("{'a': 1.5}", "expected ',' or '}'"),
        ("{} x", "unexpected text after the header dict"),
        ("", "header ends"),
        ("(1 2)", "expected ',' or ')'"),
        ("{'a': -}", "expected digits"),
        ("{'a': @}", "unexpected character '@'"),
    ])
    func rejects(text: String, fragment: String) {
        let error = expectInputError(file: "h.npy", containing: fragment) { _ = try parse(text) }
        #expect(error?.offset.map { $0 >= 10 } == true)
    }

    @Test func reportsTheOffsetOfTheProblem() {
        let error = expectInputError(file: "h.npy", containing: "duplicate key") { _ = try parse("{'a': 1, 'a': 2}") }
        #expect(error?.offset == 10 + 9)
    }

    @Test func rejectsDeepNestingWithoutRecursingFurther() {
        let text = String(repeating: "(", count: 100_000)
        expectInputError(file: "h.npy", containing: "nests deeper") { _ = try parse(text) }
    }

    @Test func rejectsInvalidUTF8InVersion3() {
        let bytes: [UInt8] = [UInt8(ascii: "'"), 0xE7, UInt8(ascii: "'")]
        expectInputError(file: "h", containing: "not valid UTF-8") {
            _ = try NpyHeaderParser.parse(bytes, isUTF8: true, file: "h", baseOffset: 0)
        }
    }
}
