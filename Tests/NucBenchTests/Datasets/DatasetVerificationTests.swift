import Foundation
import NucBench
import Testing

@Suite struct DatasetVerificationTests {
    static func statuses(_ outcome: DatasetVerification.Outcome) -> [String: String] {
        var statuses: [String: String] = [:]
        for check in outcome.report["checks"]?.elements ?? [] {
            statuses[check["check"]?.text ?? ""] = check["status"]?.text
        }
        return statuses
    }

    /// A Kumar card whose splits are the fixture's four images.
    static func writeFixtureKumarCard(to directory: String, downloads: [JSON] = []) throws {
        try DatasetTestSupport.writeCard("kumar", to: directory) { card in
            card["image_count"] = .int(4)
            card["splits"] = .array([
                DatasetTestSupport.split(
                    "train", count: 2, images: ["TCGA-A7-A13E-01Z-00-DX1", "TCGA-HE-7128-01Z-00-DX1"]),
                DatasetTestSupport.split("test1", count: 1, images: ["TCGA-E2-A1B5-01Z-00-DX1"]),
                DatasetTestSupport.split("test2", count: 1, images: nil),
            ])
            card["downloads"] = .array(downloads)
        }
    }
}

extension DatasetVerificationTests {
    @Test func fixtureIsNotTheWholeKumarDataset() throws {
        let catalog = try DatasetCatalog.load(directory: DatasetTestSupport.cardsDirectory)
        let outcome = try DatasetVerification.run(
            path: DatasetTestSupport.fixture("kumar-promptnucseg"), layout: nil, catalog: catalog)
        #expect(!outcome.passed)
        let statuses = Self.statuses(outcome)
        #expect(statuses["pairing"] == "ok")
        #expect(statuses["card lists layout"] == "ok")
        #expect(statuses["count train"] == "failed")
        #expect(statuses["names test2"] == "failed")
        #expect(statuses["tissues"] == "ok")
        #expect(outcome.report["passed"]?.bool == false)
    }

    @Test func matchingCardPasses() throws {
        try DatasetTestSupport.withDirectory { cards in
            try Self.writeFixtureKumarCard(to: cards)
            let outcome = try DatasetVerification.run(
                path: DatasetTestSupport.fixture("kumar-hovernet"), layout: nil,
                catalog: try DatasetCatalog.load(directory: cards))
            #expect(outcome.passed, "\(outcome.report.rendered)")
            #expect(Self.statuses(outcome)["names train"] == "ok")
            #expect(Self.statuses(outcome)["count test2"] == "ok")
        }
    }

    @Test func unpairedFilesFailThePairingCheck() throws {
        let catalog = try DatasetCatalog.load(directory: DatasetTestSupport.cardsDirectory)
        let outcome = try DatasetVerification.run(
            path: DatasetTestSupport.fixture("broken-kumar"), layout: nil, catalog: catalog)
        let pairing = outcome.report["checks"]?.elements?.first { $0["check"]?.text == "pairing" }
        #expect(pairing?["status"]?.text == "failed")
        #expect(pairing?["detail"]?.text?.contains("unpaired-label: lonely-label") == true)
    }

    @Test func archivesAreCheckedAgainstTheCardChecksums() throws {
        try DatasetTestSupport.withDirectory { directory in
            let good: [UInt8] = Array("archive one".utf8)
            let bad: [UInt8] = Array("archive two".utf8)
            let cards = directory + "/cards"
            let downloads = directory + "/downloads"
            for folder in [cards, downloads] {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            }
            try Self.writeFixtureKumarCard(
                to: cards,
                downloads: [
                    DatasetTestSupport.download("one", file: "one.zip", sha256: DatasetTestSupport.digest(good)),
                    DatasetTestSupport.download("two", file: "two.zip", sha256: DatasetTestSupport.digest(good)),
                    DatasetTestSupport.download("three", file: "three.zip", sha256: nil),
                    DatasetTestSupport.download("absent", file: "absent.zip", sha256: nil),
                ])
            try Data(good).write(to: URL(fileURLWithPath: downloads + "/one.zip"))
            try Data(bad).write(to: URL(fileURLWithPath: downloads + "/two.zip"))
            try Data(bad).write(to: URL(fileURLWithPath: downloads + "/three.zip"))
            let catalog = try DatasetCatalog.load(directory: cards)
            let folder = try DatasetVerification.run(path: downloads, layout: nil, catalog: catalog)
            let statuses = Self.statuses(folder)
            #expect(statuses["sha256 kumar/one"] == "ok")
            #expect(statuses["sha256 kumar/two"] == "failed")
            #expect(statuses["sha256 kumar/three"] == "skipped")
            #expect(statuses["sha256 kumar/absent"] == nil)
            #expect(statuses["layout"] == "skipped")
            #expect(!folder.passed)
            let single = try DatasetVerification.run(path: downloads + "/one.zip", layout: nil, catalog: catalog)
            #expect(single.passed)
            #expect(Self.statuses(single) == ["sha256 kumar/one": "ok"])
            let error = #expect(throws: InputError.self) {
                _ = try DatasetVerification.run(path: cards + "/kumar.json", layout: nil, catalog: catalog)
            }
            #expect(error?.message.contains("not a dataset folder nor a known archive") == true)
        }
    }
}
