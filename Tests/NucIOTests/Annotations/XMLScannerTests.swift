import Testing

@testable import NucIO

@Suite struct XMLScannerTests {
    /// Every event of `text`.
    func events(_ text: String) throws -> [XMLScanner.Event] {
        var scanner = try XMLScanner(bytes: Array(text.utf8), file: nil)
        var result: [XMLScanner.Event] = []
        while let event = try scanner.next() { result.append(event) }
        return result
    }
}

// MARK: - Well-formed documents

extension XMLScannerTests {
    @Test func reportsStartsAndEndsWithOffsets() throws {
        let text = "<?xml version=\"1.0\"?>\n<!-- c --><a x='1'>t<b y=\"2\" /><![CDATA[<z>]]></a>\n"
        #expect(
            try events(text) == [
                .start(name: "a", attributes: ["x": "1"], offset: 32),
                .start(name: "b", attributes: ["y": "2"], offset: 42),
                .end(name: "b", offset: 42),
                .end(name: "a", offset: 68),
            ])
    }

    @Test func decodesPredefinedEntitiesAndCharacterReferences() throws {
        let text = "<a v=\"&lt;&gt;&amp;&quot;&apos;&#65;&#x42;é\">&amp;</a>"
        #expect(try events(text).first == .start(name: "a", attributes: ["v": "<>&\"'ABé"], offset: 0))
    }

    @Test func skipsAUTF8ByteOrderMark() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("<a/>".utf8)
        var scanner = try XMLScanner(bytes: bytes, file: nil)
        #expect(try scanner.next() == .start(name: "a", attributes: [:], offset: 3))
    }
}

// MARK: - Refused documents

extension XMLScannerTests {
    @Test func refusesDTDsWherePermittedByXML() {
        for text in ["<!DOCTYPE a><a/>", "<a><!ENTITY x \"y\"></a>", "<a><!ELEMENT a ANY></a>"] {
            expectInputError(file: nil, containing: "document type declarations") { _ = try events(text) }
        }
    }

    @Test func unterminatedConstructsNameWhereTheyStart() {
        let error = expectInputError(file: nil, containing: "unterminated processing instruction") {
            _ = try events("<a/><?pi")
        }
        #expect(error?.offset == 4)
        expectInputError(file: nil, containing: "value of attribute v is not terminated") { _ = try events("<a v=\"x") }
        expectInputError(file: nil, containing: "document ends inside <a>") { _ = try events("<a>") }
        expectInputError(file: nil, containing: "CDATA section outside the root") {
            _ = try events("<![CDATA[x]]><a/>")
        }
        expectInputError(file: nil, containing: "terminated entity") { _ = try events("<a>&amp</a>") }
    }
}
