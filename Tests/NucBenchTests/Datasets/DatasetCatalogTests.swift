import Foundation
import NucBench
import Testing

@Suite struct DatasetCatalogTests {
    static func committed() throws -> DatasetCatalog {
        try DatasetCatalog.load(directory: DatasetTestSupport.cardsDirectory)
    }
}

extension DatasetCatalogTests {
    @Test func downloadsResolveByQualifiedOrUniqueName() throws {
        let catalog = try Self.committed()
        #expect(try catalog.download(named: "pannuke/fold_2").download.file == "fold_2.zip")
        #expect(try catalog.download(named: "fold_3").card.name == "pannuke")
        #expect(try catalog.download(named: "cpm17").download.name == "cpm17-hovernet")
        let error = #expect(throws: InputError.self) { _ = try catalog.download(named: "pannuke") }
        #expect(error?.message.contains("\"pannuke\" names several downloads") == false)
        #expect(error?.message.contains("no download called \"pannuke\"") == true)
        #expect(error?.message.contains("known: cpm17/cpm17-hovernet, kumar/monuseg-train") == true)
    }

    @Test func listingShowsTheFactsOfEveryCard() throws {
        let listing = try Self.committed().listing
        #expect(listing.contains("pannuke — PanNuke"))
        #expect(listing.contains("splits: train 16, test1 8, test2 6, test 14 = test1 + test2"))
        #expect(listing.contains("pixel size: 0.25 µm/px, unverified; 3 µm = 12 px (reference code: 12 px)"))
        #expect(listing.contains("pixel size: unknown (candidates 0.25, 0.5 µm/px), unverified; 3 µm = unknown"))
        #expect(listing.contains("4 Epithelial (Non-Neoplastic Epithelial, Non-Neoplastic"))
        #expect(
            listing.contains("download pannuke/fold_1: https://warwick.ac.uk/fac/cross_fac/tia/data/pannuke/fold_1.zip")
        )
        #expect(try Self.committed().documents().count == 3)
    }

    @Test func cardTissuesAreTheMetricsTissues() throws {
        let card = try #require(try Self.committed().card(named: "pannuke"))
        #expect(card.tissues == PanNukeTissue.allCases.map(\.rawValue))
        let classes = card.classes.filter { !$0.ignored }
        #expect(classes.map(\.channel) == PanNukeClass.allCases.map(\.rawValue))
        #expect(classes.last?.aliases.contains(PanNukeClass.epithelial.name) == true)
    }

    @Test func missingFolderIsAnInputError() {
        #expect(throws: InputError.self) { _ = try DatasetCatalog.load(directory: "/nonexistent/cards") }
    }
}
