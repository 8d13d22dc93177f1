import Foundation
import Testing

@testable import NucBench

/// Fetches from a server started inside the test on 127.0.0.1; never the real hosts.
@Suite(.serialized) struct DatasetFetchTests {
    /// 300 kB of deterministic bytes and their SHA-256.
    static let body: [UInt8] = (0..<300_000).map { UInt8(truncatingIfNeeded: ($0 &* 2_654_435_761) >> 13) }
    static let digest: String = {
        var hasher = SHA256()
        hasher.update(body)
        return hasher.hexDigest()
    }()

    static func withTarget(_ body: (String) throws -> Void) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("nucbench-fetch-\(UUID())").path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try body(directory)
    }
}

extension DatasetFetchTests {
    @Test func wholeDownloadIsVerifiedAndRenamed() throws {
        let server = try LoopbackHTTPServer(body: Self.body)
        defer { server.stop() }
        try Self.withTarget { directory in
            let outcome = try DatasetFetch.fetch(
                url: server.url, to: directory, fileName: "a.zip", expectedSHA256: Self.digest)
            #expect(outcome.size == Int64(Self.body.count))
            #expect(outcome.verified && !outcome.alreadyPresent && outcome.resumedFrom == 0)
            #expect(try Data(contentsOf: URL(fileURLWithPath: directory + "/a.zip")) == Data(Self.body))
            #expect(!FileManager.default.fileExists(atPath: directory + "/a.zip.part"))
            let again = try DatasetFetch.fetch(
                url: server.url, to: directory, fileName: "a.zip", expectedSHA256: Self.digest)
            #expect(again.alreadyPresent)
            #expect(server.ranges.count == 1, "a complete file is not downloaded again")
        }
    }

    @Test func interruptedTransferKeepsThePartAndResumesWithRange() throws {
        let server = try LoopbackHTTPServer(body: Self.body, interruptions: 1, cutAfter: 100_000)
        defer { server.stop() }
        try Self.withTarget { directory in
            let partial = directory + "/a.zip.part"
            let error = #expect(throws: InputError.self) {
                _ = try DatasetFetch.fetch(
                    url: server.url, to: directory, fileName: "a.zip", expectedSHA256: Self.digest)
            }
            #expect(error?.file == partial)
            #expect(error?.message.contains("download interrupted after 100000 bytes") == true)
            #expect(DatasetFetch.fileSize(partial) == 100_000)
            let outcome = try DatasetFetch.fetch(
                url: server.url, to: directory, fileName: "a.zip", expectedSHA256: Self.digest)
            #expect(outcome.resumedFrom == 100_000)
            #expect(outcome.verified)
            #expect(server.ranges == [nil, "bytes=100000-"])
            #expect(try Data(contentsOf: URL(fileURLWithPath: directory + "/a.zip")) == Data(Self.body))
        }
    }

    @Test func serverIgnoringRangeRestartsFromZero() throws {
        let server = try LoopbackHTTPServer(body: Self.body, interruptions: 1, cutAfter: 5_000, ignoresRange: true)
        defer { server.stop() }
        try Self.withTarget { directory in
            #expect(throws: InputError.self) {
                _ = try DatasetFetch.fetch(url: server.url, to: directory, fileName: "a.zip", expectedSHA256: nil)
            }
            let outcome = try DatasetFetch.fetch(url: server.url, to: directory, fileName: "a.zip", expectedSHA256: nil)
            #expect(outcome.resumedFrom == 0)
            #expect(!outcome.verified)
            #expect(outcome.sha256 == Self.digest)
        }
    }

    @Test func checksumMismatchFailsAndDeletesTheDownload() throws {
        let server = try LoopbackHTTPServer(body: Self.body)
        defer { server.stop() }
        try Self.withTarget { directory in
            let wrong = String(repeating: "0", count: 64)
            let error = #expect(throws: InputError.self) {
                _ = try DatasetFetch.fetch(url: server.url, to: directory, fileName: "a.zip", expectedSHA256: wrong)
            }
            #expect(error?.message.contains("checksum mismatch: the download has SHA-256 \(Self.digest)") == true)
            #expect(error?.message.contains("the corrupt file was deleted") == true)
            #expect(!FileManager.default.fileExists(atPath: directory + "/a.zip"))
            #expect(!FileManager.default.fileExists(atPath: directory + "/a.zip.part"))
        }
    }

    @Test func completePartialFileIsAcceptedOnRangeNotSatisfiable() throws {
        let server = try LoopbackHTTPServer(body: Self.body)
        defer { server.stop() }
        try Self.withTarget { directory in
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            try Data(Self.body).write(to: URL(fileURLWithPath: directory + "/a.zip.part"))
            let outcome = try DatasetFetch.fetch(
                url: server.url, to: directory, fileName: "a.zip", expectedSHA256: Self.digest)
            #expect(outcome.resumedFrom == Int64(Self.body.count))
            #expect(server.ranges == ["bytes=300000-"])
        }
    }

    @Test func httpErrorsAndOtherSchemesAreReported() throws {
        try Self.withTarget { directory in
            let error = #expect(throws: InputError.self) {
                _ = try DatasetFetch.fetch(
                    url: URL(fileURLWithPath: "/etc/hosts"), to: directory, fileName: "a", expectedSHA256: nil)
            }
            #expect(error?.message.hasPrefix("can only fetch http:// and https:// URLs") == true)
        }
    }
}

// MARK: - Names from the cards

extension DatasetFetchTests {
    @Test func cardDownloadGivesFileNameAndChecksum() throws {
        let server = try LoopbackHTTPServer(body: Self.body)
        defer { server.stop() }
        try DatasetTestSupport.withDirectory { directory in
            try DatasetTestSupport.writeCard("cpm17", to: directory) { card in
                card["downloads"] = .array([
                    DatasetTestSupport.download(
                        "mirror", file: "cpm.zip", sha256: Self.digest, url: server.url.absoluteString)
                ])
            }
            let catalog = try DatasetCatalog.load(directory: directory)
            let outcome = try DatasetFetch.fetch(
                name: "cpm17/mirror", catalog: catalog, to: directory + "/out", url: nil, sha256: nil)
            #expect(outcome.path == directory + "/out/cpm.zip")
            #expect(outcome.verified)
        }
    }

    @Test func cardLocationsThatAreNotURLsNeedAURL() throws {
        let catalog = try DatasetCatalog.load(directory: DatasetTestSupport.cardsDirectory)
        let error = #expect(throws: InputError.self) {
            _ = try DatasetFetch.fetch(
                name: "kumar/monuseg-test", catalog: catalog, to: "/tmp/x", url: nil, sha256: nil)
        }
        #expect(error?.message.contains("the card gives no direct URL for kumar/monuseg-test") == true)
        let unknown = #expect(throws: InputError.self) {
            _ = try DatasetFetch.fetch(name: "nothing", catalog: catalog, to: "/tmp/x", url: nil, sha256: nil)
        }
        #expect(unknown?.message.hasPrefix("no download called \"nothing\"") == true)
    }

    @Test func unknownNameWithURLIsTheFileName() throws {
        let server = try LoopbackHTTPServer(body: Self.body)
        defer { server.stop() }
        try Self.withTarget { directory in
            let outcome = try DatasetFetch.fetch(
                name: "mirror.bin", catalog: nil, to: directory, url: server.url.absoluteString, sha256: Self.digest)
            #expect(outcome.path == directory + "/mirror.bin")
            #expect(throws: InputError.self) {
                _ = try DatasetFetch.fetch(
                    name: "../escape", catalog: nil, to: directory, url: server.url.absoluteString, sha256: nil)
            }
        }
    }
}
