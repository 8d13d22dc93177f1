import Foundation
import NucBench
import Testing

/// `nucbench datasets …` end to end: the built executable, its output and exit status.
@Suite(.serialized) struct DatasetsCommandLineTests {
    static let cards = ["--cards", DatasetTestSupport.cardsDirectory]

    static func run(_ arguments: [String]) throws -> CommandLineTests.Outcome {
        try CommandLineTests.run(["datasets"] + arguments)
    }
}

extension DatasetsCommandLineTests {
    @Test func listPrintsEveryCard() throws {
        let text = try Self.run(["list"] + Self.cards)
        #expect(text.status == 0)
        #expect(text.standardOutput.hasPrefix("cpm17 — CPM-17"))
        #expect(text.standardOutput.contains("\nkumar — Kumar"))
        let json = try Self.run(["list", "--json"] + Self.cards)
        let names = try json.standardOutput.split(separator: "\n").map { try JSON.parse($0)["name"]?.text }
        #expect(names == ["cpm17", "kumar", "pannuke"])
    }

    @Test func inspectPrintsOneJSONObject() throws {
        let outcome = try Self.run(["inspect", DatasetTestSupport.fixture("kumar-hovernet")] + Self.cards)
        #expect(outcome.status == 0)
        #expect(outcome.standardError.isEmpty)
        let report = try JSON.parse(outcome.standardOutput)
        #expect(report["layout"]?.text == "kumar-hovernet")
        #expect(report["label_types"]?.members?.mapValues(\.int) == ["MATLAB double": 3, "MATLAB int32": 1])
        #expect(report["anomalies"]?.elements?.isEmpty == true)
    }

    @Test func inspectWithTheWrongLayoutNamesTheMissingFiles() throws {
        let path = DatasetTestSupport.fixture("cpm17-hovernet")
        let outcome = try Self.run(["inspect", path, "--layout", "pannuke"] + Self.cards)
        #expect(outcome.status == 3)
        #expect(outcome.standardError.hasPrefix("nucbench: \(path): expected Fold N/images/foldN/images.npy"))
    }

    @Test func verifyExitsOneWhenACheckFails() throws {
        let outcome = try Self.run(["verify", DatasetTestSupport.fixture("cpm17-hovernet")] + Self.cards)
        #expect(outcome.status == 1)
        let report = try JSON.parse(outcome.standardOutput)
        #expect(report["passed"]?.bool == false)
        #expect(report["layout"]?.text == "cpm17-hovernet")
    }

    @Test func verifyOfAMissingFolderIsAnInputError() throws {
        let outcome = try Self.run(["verify", "/nonexistent/dataset"] + Self.cards)
        #expect(outcome.status == 3)
        #expect(outcome.standardError == "nucbench: /nonexistent/dataset: no such directory\n")
    }

    @Test func fetchResumesAfterAnInterruptedTransfer() throws {
        let body = DatasetFetchTests.body
        let server = try LoopbackHTTPServer(body: body, interruptions: 1, cutAfter: 70_000)
        defer { server.stop() }
        try DatasetTestSupport.withDirectory { directory in
            let arguments = [
                "fetch", "demo.zip", "--to", directory, "--url", server.url.absoluteString, "--sha256",
                DatasetFetchTests.digest.uppercased(),
            ]
            let first = try Self.run(arguments)
            #expect(first.status == 3)
            #expect(first.standardError.contains("download interrupted after 70000 bytes"))
            #expect(FileManager.default.fileExists(atPath: directory + "/demo.zip.part"))
            let second = try Self.run(arguments)
            #expect(second.status == 0, "\(second.standardError)")
            let report = try JSON.parse(second.standardOutput)
            #expect(report["resumed_from"]?.int == 70_000)
            #expect(report["verified"]?.bool == true)
            #expect(server.ranges == [nil, "bytes=70000-"])
        }
    }

    @Test func fetchWithTheWrongChecksumFails() throws {
        let server = try LoopbackHTTPServer(body: DatasetFetchTests.body)
        defer { server.stop() }
        try DatasetTestSupport.withDirectory { directory in
            let outcome = try Self.run([
                "fetch", "demo.zip", "--to", directory, "--url", server.url.absoluteString, "--sha256",
                String(repeating: "a", count: 64),
            ])
            #expect(outcome.status == 3)
            #expect(outcome.standardError.contains("checksum mismatch"))
            #expect(try FileManager.default.contentsOfDirectory(atPath: directory).isEmpty)
        }
    }

    @Test func fetchOptionsAreValidated() throws {
        let badDigest = try Self.run(["fetch", "x", "--to", "/tmp", "--sha256", "abc"])
        #expect(badDigest.status == 64)
        #expect(badDigest.standardError.contains("--sha256 must be 64 hexadecimal digits"))
        let badURL = try Self.run(["fetch", "x", "--to", "/tmp", "--url", "ftp://host/x"])
        #expect(badURL.status == 64)
        #expect(badURL.standardError.contains("--url must start with http:// or https://"))
    }
}
