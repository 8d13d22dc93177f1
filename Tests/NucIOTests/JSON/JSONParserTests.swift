import NucIO
import Testing

/// The strict JSON parser and renderer.
@Suite struct JSONParserTests {}

extension JSONParserTests {
    @Test func keepsNumberTextSoDoublesParseCorrectlyRounded() throws {
        let value = try JSON.parse(#"{"a": 0.1, "b": [1, -2.5e-3, 2.2250738585072014e-308], "c": null}"#)
        #expect(value["a"]?.double == 0.1)
        #expect(value["b"]?.doubles == [1, -2.5e-3, 2.2250738585072014e-308])
        #expect(value["c"]?.isNull == true)
        #expect(value.keys == ["a", "b", "c"])
    }

    @Test func rendersMembersInOrderAndRoundTrips() throws {
        let text = #"{"z":1,"a":[true,false,null],"s":"q\"\\\n\u0001é"}"#
        let value = try JSON.parse(text)
        #expect(value.rendered == text)
        #expect(try JSON.parse(value.rendered) == value)
    }

    @Test func doublesRenderInShortestRoundTripForm() {
        #expect(JSON.double(0.1).rendered == "0.1")
        #expect(JSON.double(1e-06).rendered == "1e-06")
        #expect(JSON.double(0.99999950000025).rendered == "0.99999950000025")
        #expect(JSON.double(.nan).rendered == "null")
    }

    @Test func decodesEscapesAndSurrogatePairs() throws {
        #expect(try JSON.parse(#""a\u00e9\ud83d\ude00\/\t""#).text == "aé😀/\t")
    }

    @Test(arguments: [
        ("{\"a\":1,}", "invalid JSON: expected a string key", 7),
        ("[01]", "invalid JSON: leading zero in a number", 3),
        ("[1] x", "invalid JSON: unexpected text after the JSON value", 4),
        ("\"\\ud800x\"", "invalid JSON: expected '\\u'", 7),
        ("[1.]", "invalid JSON: expected digits after '.'", 3),
        ("", "invalid JSON: unexpected end of input", 0),
    ])
    func rejectsMalformedTextNamingTheOffset(text: String, message: String, offset: Int) {
        #expect(throws: InputError(message, file: "in.json", offset: offset)) {
            try JSON.parse(text, file: "in.json")
        }
    }

    @Test func rejectsHostileNesting() {
        let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        #expect(throws: InputError("invalid JSON: nested deeper than 256 levels", offset: 256)) {
            try JSON.parse(deep)
        }
    }
}
