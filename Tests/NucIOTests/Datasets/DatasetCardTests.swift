import Foundation
import Testing

@testable import NucIO

@Suite struct DatasetCardTests {
    static func committed() throws -> [DatasetCard] {
        try DatasetCard.readAll(directory: DatasetFixtures.cardsDirectory)
    }

    static func card(_ name: String) throws -> DatasetCard {
        try DatasetCard.read(path: DatasetFixtures.cardsDirectory + "/\(name).json")
    }
}

// MARK: - The committed cards

extension DatasetCardTests {
    @Test func committedCardsDecode() throws {
        #expect(try Self.committed().map(\.name) == ["cpm17", "kumar", "pannuke"])
    }

    @Test func splitCountsAddUpToTheImageCount() throws {
        for card in try Self.committed() {
            let leaves = card.splits.filter(\.parts.isEmpty)
            #expect(leaves.map(\.count).reduce(0, +) == card.imageCount, "\(card.name)")
            for split in card.splits {
                if let images = split.images {
                    #expect(images.count == split.count, "\(card.name) \(split.name)")
                }
                let parts = card.splits.filter { split.parts.contains($0.name) }
                #expect(parts.count == split.parts.count, "\(card.name) \(split.name) parts exist")
                if !parts.isEmpty {
                    #expect(parts.map(\.count).reduce(0, +) == split.count, "\(card.name) \(split.name)")
                }
            }
            let names = card.splits.compactMap(\.images).flatMap { $0.map(\.name) }
            #expect(Set(names).count == names.count, "\(card.name): an image is in one split only")
            for splitProtocol in card.protocols {
                let used = splitProtocol.train + splitProtocol.validation + splitProtocol.test
                #expect(used.allSatisfy { name in card.splits.contains { $0.name == name } })
                #expect(Set(used).count == used.count, "\(splitProtocol.name) uses a split once")
            }
        }
    }

    @Test func radiusIsThreeMicronsOverThePixelSizeRounded() throws {
        for card in try Self.committed() {
            #expect(card.matching.radiusMicrons == 3)
            #expect(card.matching.referenceRadiusPixels == 12)
            if let nominal = card.pixelSize.nominal {
                #expect(card.matching.radiusPixels == Int((3 / nominal).rounded()), "\(card.name)")
                #expect(card.pixelSize.candidates.contains(nominal))
            } else {
                #expect(card.matching.radiusPixels == nil, "\(card.name): no radius without a pixel size")
            }
            #expect(!card.pixelSize.verified, "\(card.name): no pixel size is verified yet")
        }
    }

    @Test func panNukeCardMatchesTheReferenceFacts() throws {
        let card = try Self.card("pannuke")
        #expect(card.splits.map(\.count) == [2656, 2523, 2722])
        #expect(card.tissues.count == 19)
        #expect(card.tissues == card.tissues.sorted())
        #expect(card.protocols.map(\.name) == ["pannuke123", "pannuke213", "pannuke321"])
        #expect(card.protocols.map(\.test) == [["fold3"], ["fold3"], ["fold1"]])
        #expect(
            card.classes.map(\.name) == [
                "Neoplastic", "Inflammatory", "Connective", "Dead", "Epithelial", "Background",
            ])
        #expect(card.classes[4].aliases.contains("Non-Neoplastic"))
        #expect(card.classes.map(\.ignored) == [false, false, false, false, false, true])
        #expect(card.downloads.allSatisfy { $0.sha256 != nil })
    }

    @Test func kumarCardHasTheSixteenFourteenSplit() throws {
        let card = try Self.card("kumar")
        #expect(card.splits.map(\.name) == ["train", "test1", "test2", "test"])
        #expect(card.splits.map(\.count) == [16, 8, 6, 14])
        #expect(card.split(ofImage: "TCGA-E2-A1B5-01Z-00-DX1") == "test1")
        #expect(card.split(ofImage: "TCGA-RD-A8N9-01A-01-TS1") == "test2")
        #expect(card.tissue(ofImage: "TCGA-G9-6363-01Z-00-DX1") == "Prostate")
        let test2Organs = Set(card.splits[2].images?.compactMap(\.tissue) ?? [])
        let trainOrgans = Set(card.splits[0].images?.compactMap(\.tissue) ?? [])
        #expect(test2Organs.isDisjoint(with: trainOrgans))
        #expect(Set(card.splits[1].images?.compactMap(\.tissue) ?? []) == trainOrgans)
    }

    @Test func cpm17PixelSizeIsUnknownAndSaysSo() throws {
        let card = try Self.card("cpm17")
        #expect(card.splits.map(\.count) == [32, 32])
        #expect(card.pixelSize.nominal == nil)
        #expect(card.pixelSize.candidates == [0.25, 0.5])
        #expect(card.pixelSize.note.contains("UNVERIFIED"))
        #expect(card.micronsPerPixel(ofImage: "image_00") == nil)
    }

    @Test func cardLayoutsAreKnownLayouts() throws {
        for card in try Self.committed() {
            for layout in card.layouts {
                #expect(DatasetLayout(rawValue: layout)?.cardName == card.name, "\(card.name): \(layout)")
            }
        }
        for layout in DatasetLayout.allCases {
            #expect(try Self.card(layout.cardName).layouts.contains(layout.rawValue))
        }
    }

    @Test func unknownChecksumsAreExplained() throws {
        for card in try Self.committed() {
            for download in card.downloads {
                #expect(!download.note.isEmpty)
                #expect(!download.url.isEmpty && !download.file.isEmpty)
            }
            #expect(Set(card.downloads.map(\.name)).count == card.downloads.count)
        }
    }
}

// MARK: - Malformed cards

extension DatasetCardTests {
    static func mutated(_ name: String, _ change: (inout [JSON.Member]) -> Void) throws -> JSON {
        guard case .object(var members) = try JSON.read(path: DatasetFixtures.cardsDirectory + "/\(name).json")
        else { return .null }
        change(&members)
        return .object(members)
    }

    @Test func missingKeyIsNamedWithItsPath() throws {
        let json = try Self.mutated("cpm17") { $0.removeAll { $0.key == "licence" } }
        expectInputError(file: "x.json", containing: "card field $.licence is missing") {
            _ = try DatasetCard(json: json, file: "x.json")
        }
    }

    @Test func badChecksumIsRejected() throws {
        let download = JSON.object([
            ("name", .string("a")), ("url", .string("u")), ("file", .string("a.zip")),
            ("sha256", .string("ABC")), ("note", .string("n")),
        ])
        let json = try Self.mutated("cpm17") { members in
            members = members.map { $0.key == "downloads" ? JSON.Member("downloads", .array([download])) : $0 }
        }
        expectInputError(file: nil, containing: "card field $.downloads[0].sha256 is not 64 lower-case hex digits") {
            _ = try DatasetCard(json: json)
        }
    }

    @Test func fileNameMustBeTheCardName() throws {
        let text = try String(contentsOfFile: DatasetFixtures.cardsDirectory + "/cpm17.json", encoding: .utf8)
        try TemporaryFiles.withFile(Array(text.utf8), name: "other.json") { path in
            expectInputError(file: path, containing: "card is named \"cpm17\" but its file is other.json") {
                _ = try DatasetCard.read(path: path)
            }
        }
    }
}
