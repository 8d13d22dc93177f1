import Foundation
import NucIO
import Testing

@Suite struct MoNuSegAnnotationTests {
    /// A one-region document whose first vertex has the attributes `vertex`.
    static func document(vertex: String) -> [UInt8] {
        let body = """
            <Annotations><Annotation><Regions><Region Id="1"><Vertices>
            <Vertex \(vertex)/><Vertex X="5" Y="1"/><Vertex X="3" Y="4"/>
            </Vertices></Region></Regions></Annotation></Annotations>
            """
        return Array(body.utf8)
    }

    /// Parses `bytes`, expecting an error containing `fragment` within a second.
    @discardableResult
    func expectRejected(
        _ bytes: [UInt8], containing fragment: String, sourceLocation: SourceLocation = #_sourceLocation
    ) -> InputError? {
        expectPickleError(file: "a.xml", containing: fragment, sourceLocation: sourceLocation) {
            _ = try MoNuSegAnnotation.parse(bytes, file: "a.xml")
        }
    }
}

// MARK: - The fixture

extension MoNuSegAnnotationTests {
    @Test func readsRegionsInFileOrderAndSkipsDegenerateOnes() throws {
        let annotation = try MoNuSegAnnotation.read(path: AnnotationFixtures.path("monuseg_small"))
        #expect(annotation.regions.count == 10)
        #expect(annotation.regionNumbers == [1, 2, 3, 5, 6, 7, 8, 9, 10, 11])
        #expect(annotation.skippedRegions.map { [$0.number, $0.vertexCount] } == [[4, 2]])
        #expect(annotation.regions[0].first == Point(x: 4.3, y: 5.6))
        #expect(annotation.regions[3].first == Point(x: -3.2, y: 24.4))
        let text = String(decoding: try AnnotationFixtures.bytes("monuseg_small"), as: UTF8.self)
        let offset = try #require(annotation.skippedRegions.first?.offset)
        #expect(text.utf8.dropFirst(offset).starts(with: "<Region Id=\"4\"".utf8))
    }

    @Test func coordinatesAcceptDecimalForms() throws {
        let forms = ["12", "-0.5", "+3.", ".25", "1.5e1", " 7 ", "2E-1"]
        for form in forms {
            let annotation = try MoNuSegAnnotation.parse(Self.document(vertex: "X=\"\(form)\" Y=\"0\" Z=\"0\""))
            let expected = Double(form.trimmingCharacters(in: .whitespaces))
            #expect(annotation.regions.first?.first?.x == expected, "\(form)")
        }
    }
}

// MARK: - Malformed documents

extension MoNuSegAnnotationTests {
    @Test func truncationBeforeTheRootEndsIsAnError() throws {
        let bytes = try AnnotationFixtures.bytes("monuseg_small")
        let rootEnd = try #require(String(decoding: bytes, as: UTF8.self).range(of: "</Annotations>"))
        let end = String(decoding: bytes, as: UTF8.self).utf8.distance(
            from: String(decoding: bytes, as: UTF8.self).startIndex, to: rootEnd.upperBound)
        for length in stride(from: 0, to: end, by: 7) {
            let error = #expect(throws: InputError.self) {
                _ = try MoNuSegAnnotation.parse(Array(bytes.prefix(length)))
            }
            #expect(error?.offset != nil && (error?.offset ?? .max) <= length)
        }
        #expect(try MoNuSegAnnotation.parse(Array(bytes.prefix(end))).regions.count == 10)
    }

    @Test func entityExpansionIsRefused() {
        let lolz = """
            <?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>
            <Annotations>&lol2;</Annotations>
            """
        let error = expectRejected(Array(lolz.utf8), containing: "document type declarations")
        #expect(error?.offset == 21)
        let external = "<!DOCTYPE a SYSTEM \"http://example.com/a.dtd\"><Annotations/>"
        expectRejected(Array(external.utf8), containing: "are not allowed")
        expectRejected(Array("<Annotations>&lol;</Annotations>".utf8), containing: "undefined entity &lol;")
        expectRejected(Array("<Annotations a=\"&#0;\"/>".utf8), containing: "not a valid character")
    }

    @Test func coordinatesMustBeFiniteDecimals() {
        for bad in ["abc", "", "nan", "inf", "-Infinity", "0x10", "1_0", "1e", "--1", "1.2.3"] {
            expectRejected(Self.document(vertex: "X=\"\(bad)\" Y=\"0\""), containing: "is not a decimal number")
        }
        expectRejected(Self.document(vertex: "X=\"1e400\" Y=\"0\""), containing: "is not a decimal number")
        expectRejected(Self.document(vertex: "X=\"1e7\" Y=\"0\""), containing: "outside ±1000000 pixels")
        expectRejected(Self.document(vertex: "X=\"1\""), containing: "has no Y attribute")
    }

    @Test func malformedStructureIsNamed() {
        let cases: [(String, String)] = [
            ("<Annotations><Annotation></Annotations>", "</Annotations> closes <Annotation>"),
            ("<Annotations a=\"1\" a=\"2\"/>", "attribute a appears twice"),
            ("<Annotations/><Annotations/>", "second root element"),
            ("text<Annotations/>", "text before the root element"),
            ("<Annotations/>text", "text after the root element"),
            ("<Image/>", "root element is <Image>"),
            ("<Annotations><!-- open", "unterminated comment"),
            ("<Annotations a=1/>", "expected a quoted value"),
            ("<Annotations a=\"<\"/>", "'<' in the value"),
            ("<Annotations", "expected whitespace"),
            ("", "no root element"),
            ("</Annotations>", "closes no open element"),
        ]
        for (text, fragment) in cases {
            expectRejected(Array(text.utf8), containing: fragment)
        }
        expectRejected([0xFF, 0xFE, 0x3C, 0x00], containing: "UTF-16")
        let deep = String(repeating: "<a>", count: 300)
        expectRejected(Array(("<Annotations>" + deep).utf8), containing: "deeper than 256 levels")
    }

    @Test func oversizedFilesAreRefusedUnread() throws {
        try TemporaryFiles.withDirectory { directory in
            let path = directory + "/huge.xml"
            #expect(FileManager.default.createFile(atPath: path, contents: Data("<Annotations/>".utf8)))
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
            try handle.truncate(atOffset: UInt64(MoNuSegAnnotation.maximumFileSize + 1))
            try handle.close()
            expectInputError(file: path, containing: "exceeds the 67108864-byte limit") {
                _ = try MoNuSegAnnotation.read(path: path)
            }
        }
    }
}
