import NucBench
import Testing

/// `TOMLDocument`: the TOML subset of ablation configurations, its values and its exact errors.
@Suite struct TOMLDocumentTests {
    static func parse(_ text: String) throws -> TOMLDocument {
        try TOMLDocument(text: text, path: "c.toml")
    }

    static func value(_ text: String) throws -> TOMLDocument.Value? {
        try parse("k = " + text).tables[""]?.entries["k"]?.value
    }

    static func expectError(_ text: String, _ message: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(throws: InputError(message, file: "c.toml"), sourceLocation: sourceLocation) { try parse(text) }
    }
}

extension TOMLDocumentTests {
    @Test func tablesKeysAndLinesAreRead() throws {
        let document = try Self.parse(
            """
            # a comment
            dataset = "cpm17"   # trailing comment
            \r
            [segmentor]
            variant = 'h'
            [segmentor.fine_tuned]
            0 = "a.pth"
              1 = "b.pth"
            """)
        #expect(document.tables.keys.sorted() == ["", "segmentor", "segmentor.fine_tuned"])
        #expect(document.tables[""]?.entries["dataset"] == .init(value: .string("cpm17"), line: 2))
        #expect(document.tables["segmentor"]?.line == 4)
        #expect(document.tables["segmentor"]?.entries["variant"]?.value == .string("h"))
        #expect(document.tables["segmentor.fine_tuned"]?.entries["1"] == .init(value: .string("b.pth"), line: 8))
    }

    @Test func scalarsAndArraysHaveTheirTOMLValues() throws {
        #expect(try Self.value("\"a\\\"b\\\\c\\n\\u00e9\\U0001F600\"") == .string("a\"b\\c\né😀"))
        #expect(try Self.value("'C:\\path\\#x'") == .string("C:\\path\\#x"))
        #expect(try Self.value("-1_000") == .integer(-1000))
        #expect(try Self.value("+7") == .integer(7))
        #expect(try Self.value("0") == .integer(0))
        #expect(try Self.value("3.25") == .float(3.25))
        #expect(try Self.value("-1e-2") == .float(-0.01))
        #expect(try Self.value("6.5E+1") == .float(65))
        #expect(try Self.value("true") == .boolean(true))
        #expect(try Self.value("false") == .boolean(false))
        #expect(try Self.value("[ 0, 1,2, ]") == .array([.integer(0), .integer(1), .integer(2)]))
        #expect(
            try Self.value("[\"a\", 'b', 1.5, true]")
                == .array([.string("a"), .string("b"), .float(1.5), .boolean(true)]))
        #expect(try Self.value("[]") == .array([]))
    }

    @Test func malformedLinesAreErrorsWithLineNumbers() {
        Self.expectError("a = 1\nb 2", "line 2: expected '=' after key \"b\"")
        Self.expectError("a =", "line 1: missing value for key \"a\"")
        Self.expectError("a = # none", "line 1: missing value for key \"a\"")
        Self.expectError("a = \"open", "line 1: unterminated string")
        Self.expectError("a = 'open", "line 1: unterminated string")
        Self.expectError("a = \"\\q\"", "line 1: invalid escape \\q in string")
        Self.expectError("a = \"\\u12\"", "line 1: invalid escape \\u12\" in string")
        Self.expectError("a = 1 2", "line 1: unexpected '2' after the value")
        Self.expectError(
            "a = 012", "line 1: invalid value '012' (expected a string, integer, float, boolean or array)")
        Self.expectError(
            "a = 1__0", "line 1: invalid value '1__0' (expected a string, integer, float, boolean or array)")
        Self.expectError("a = .5", "line 1: invalid value '.5' (expected a string, integer, float, boolean or array)")
        Self.expectError("a = 1.", "line 1: invalid value '1.' (expected a string, integer, float, boolean or array)")
        Self.expectError("a = inf", "line 1: invalid value 'inf' (expected a string, integer, float, boolean or array)")
        Self.expectError("a = yes", "line 1: invalid value 'yes' (expected a string, integer, float, boolean or array)")
        Self.expectError("a = [1, 2", "line 1: arrays must close with ']' on the line they open")
        Self.expectError("a = [1 2]", "line 1: expected ',' or ']' in array")
        Self.expectError("a = [[1]]", "line 1: nested arrays are not supported")
        Self.expectError("a = {b = 1}", "line 1: inline tables are not supported; use a [table] header")
        Self.expectError("= 1", "line 1: expected a key (letters, digits, '_' or '-'), found '='")
    }

    @Test func unsupportedTOMLIsRejectedByName() {
        Self.expectError("\"a\" = 1", "line 1: quoted keys are not supported; use a bare key")
        Self.expectError("a.b = 1", "line 1: dotted keys are not supported; use a [table] header")
        Self.expectError("[[runs]]", "line 1: arrays of tables ([[…]]) are not supported")
        Self.expectError("[a", "line 1: expected ']' to close the table header")
        Self.expectError("[]", "line 1: expected a table name (letters, digits, '_' or '-'), found ']'")
        Self.expectError("[a] x", "line 1: unexpected 'x' after the value")
    }

    @Test func duplicatesAndConflictsAreErrors() {
        Self.expectError("a = 1\n\na = 2", "line 3: key \"a\" is already defined on line 1")
        Self.expectError("[t]\n[u]\n[t]", "line 3: table [t] is already defined on line 1")
        Self.expectError("t = 1\n[t]", "line 2: table [t] conflicts with key \"t\" defined on line 1")
        Self.expectError("[t]\nu = 1\n[t.u.v]", "line 3: table [t.u.v] conflicts with key \"u\" defined on line 2")
        Self.expectError("[t.u]\n[t]\nu = 1", "line 3: key \"u\" is already defined as table [t.u]")
    }

    @Test func unreadableFilesAreInputErrors() {
        #expect(throws: InputError("cannot read the file", file: "/nonexistent/c.toml")) {
            try TOMLDocument.read(path: "/nonexistent/c.toml")
        }
    }
}
