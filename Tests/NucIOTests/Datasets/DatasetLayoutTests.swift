import Foundation
import Testing

@testable import NucIO

@Suite struct DatasetLayoutTests {}

extension DatasetLayoutTests {
    @Test func fixturesAreRecognised() throws {
        for name in [
            "pannuke", "pannuke-promptnucseg", "kumar-hovernet", "kumar-monuseg", "kumar-promptnucseg",
            "cpm17-hovernet",
            "broken-kumar",
        ] {
            let layout = try DatasetLayout.detect(path: DatasetFixtures.path(name))
            #expect(layout.rawValue == DatasetFixtures.layout(name), "\(name)")
        }
    }

    @Test func oneFoldFolderIsPanNuke() throws {
        let fold = DatasetFixtures.path("pannuke/Fold 2")
        #expect(try DatasetLayout.detect(path: fold) == .panNukePublished)
        let dataset = try Dataset.open(path: fold)
        #expect(dataset.map(\.metadata.name) == ["2_0", "2_1"])
    }

    @Test func unknownFolderListsExpectedLayoutsAndWhatWasFound() throws {
        try TemporaryFiles.withDirectory { directory in
            try FileManager.default.createDirectory(atPath: directory + "/Tissue", withIntermediateDirectories: true)
            try Data("x".utf8).write(to: URL(fileURLWithPath: directory + "/notes.txt"))
            let error = expectInputError(file: directory, containing: "no known dataset layout: expected pannuke (") {
                _ = try DatasetLayout.detect(path: directory)
            }
            for layout in DatasetLayout.allCases {
                #expect(error?.message.contains(layout.rawValue + " (" + layout.expectedStructure + ")") == true)
            }
            #expect(error?.message.hasSuffix("found: Tissue/, notes.txt") == true)
        }
    }

    @Test func missingFolderIsNamed() {
        expectInputError(file: "/nonexistent/data", containing: "no such directory") {
            _ = try DatasetLayout.detect(path: "/nonexistent/data")
        }
    }

    @Test func hoverNetTrainFolderAloneIsToldApartByImageType() throws {
        try TemporaryFiles.withDirectory { directory in
            let manager = FileManager.default
            for (split, file) in [("kumar", "a.tif"), ("cpm", "a.png")] {
                try manager.createDirectory(
                    atPath: "\(directory)/\(split)/train/Labels", withIntermediateDirectories: true)
                try manager.createDirectory(
                    atPath: "\(directory)/\(split)/train/Images", withIntermediateDirectories: true)
                try Data("x".utf8).write(to: URL(fileURLWithPath: "\(directory)/\(split)/train/Images/\(file)"))
            }
            #expect(try DatasetLayout.detect(path: directory + "/kumar") == .kumarHoVerNet)
            #expect(try DatasetLayout.detect(path: directory + "/cpm") == .cpm17HoVerNet)
        }
    }

    @Test func moNuSegArchivesAreFoundNestedOrAsTheFolderItself() throws {
        try TemporaryFiles.withDirectory { directory in
            let manager = FileManager.default
            let fixture = DatasetFixtures.path("kumar-monuseg")
            let training = "MoNuSeg 2018 Training Data"
            try manager.createDirectory(atPath: directory + "/" + training, withIntermediateDirectories: true)
            try manager.copyItem(
                atPath: fixture + "/" + training, toPath: directory + "/" + training + "/" + training)
            #expect(try DatasetLayout.detect(path: directory) == .kumarMoNuSeg)
            #expect(try Dataset.open(path: directory).count == 2)
            let test = fixture + "/MoNuSegTestData"
            #expect(try DatasetLayout.detect(path: test) == .kumarMoNuSeg)
            #expect(try Dataset.open(path: test).map(\.metadata.split) == ["monuseg-test"])
        }
    }

    @Test func everyLayoutNamesItsCard() {
        for layout in DatasetLayout.allCases {
            #expect(["pannuke", "kumar", "cpm17"].contains(layout.cardName))
        }
    }
}
