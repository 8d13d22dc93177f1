import Foundation
import Testing

@testable import NucIO

@Suite struct DatasetTests {}

// MARK: - Layouts read against the fixtures' expectations

extension DatasetTests {
    @Test func panNukePublishedGivesPromptNucSegMapsAndPanNukeChannels() throws {
        let dataset = try Dataset.open(path: DatasetFixtures.path("pannuke"))
        #expect(dataset.layout == .panNukePublished)
        #expect(dataset.count == 5)
        try DatasetFixtures.expectSamples(of: dataset, matching: "pannuke")
        #expect(dataset.map(\.metadata.tissue) == DatasetFixtures.samples("pannuke").map(\.tissue))
        #expect(dataset.splitCounts.map(\.split) == ["fold1", "fold2"])
        #expect(dataset.splitCounts.map(\.count) == [3, 2])
        #expect(dataset.arrays.map(\.dtype) == ["<f8", "<f8", "<f8", "<f8"])
        #expect(dataset.arrays.first?.shape == [3, 32, 32, 3])
    }

    @Test func panNukeAnomaliesAreReportedPerSample() throws {
        let dataset = try Dataset.open(path: DatasetFixtures.path("pannuke"))
        let found = try DatasetFixtures.anomalyKinds(of: dataset)
        #expect(found == DatasetFixtures.anomalies("pannuke"))
        let overlap = try dataset[0].labels().anomalies.first { $0.kind == .channelOverlap }
        #expect(overlap?.detail.contains("nucleus 5 of channel 0 (Neoplastic)") == true)
        #expect(overlap?.detail.contains("nucleus 3 of channel 1 (Inflammatory)") == true)
    }

    @Test func kumarPromptNucSegPairsImagesWithNpyLabels() throws {
        let dataset = try Dataset.open(path: DatasetFixtures.path("kumar-promptnucseg"))
        #expect(dataset.layout == .kumarPromptNucSeg)
        try DatasetFixtures.expectSamples(of: dataset, matching: "kumar-promptnucseg")
        #expect(dataset.anomalies.isEmpty)
        #expect(try dataset.allSatisfy { try $0.labels().storedType == "<i4" })
        #expect(dataset.allSatisfy { $0.metadata.tissue == nil && $0.metadata.micronsPerPixel == nil })
    }

    @Test func panNukePromptNucSegReadsPickledMasksInNumericOrder() throws {
        let dataset = try Dataset.open(path: DatasetFixtures.path("pannuke-promptnucseg"))
        #expect(dataset.layout == .panNukePromptNucSeg)
        #expect(dataset.map(\.metadata.name) == DatasetFixtures.samples("pannuke-promptnucseg").map(\.name))
        #expect(dataset.map(\.metadata.fold) == [1, 1, 1, 1, 2, 2])
        // PromptNucSeg saves an image without nuclei (1_1) with a float64 inst_map of zeros.
        try DatasetFixtures.expectSamples(of: dataset, matching: "pannuke-promptnucseg")
        #expect(try dataset[1].labels().instances.count == 0)
        #expect(try dataset[0].labels().storedType == "pickled dict")
    }

    @Test func panNukePromptNucSegTakesTissuesFromThePublishedFoldsBesideIt() throws {
        try TemporaryFiles.withDirectory { directory in
            let manager = FileManager.default
            let converted = DatasetFixtures.path("pannuke-promptnucseg")
            for folder in ["Images", "Masks"] {
                try manager.copyItem(atPath: converted + "/" + folder, toPath: directory + "/" + folder)
            }
            try manager.createDirectory(atPath: directory + "/Fold 1/images/fold1", withIntermediateDirectories: true)
            try manager.copyItem(
                atPath: DatasetFixtures.path("pannuke/Fold 1/images/fold1/types.npy"),
                toPath: directory + "/Fold 1/images/fold1/types.npy")
            #expect(try DatasetLayout.detect(path: directory) == .panNukePublished, "the published folds win")
            let dataset = try Dataset.open(path: directory, layout: .panNukePromptNucSeg)
            #expect(dataset.map(\.metadata.tissue) == ["Breast", "Colon", "Adrenal_gland", nil, nil, nil])
        }
    }

    @Test func kumarHoVerNetReadsMatInstanceMaps() throws {
        let dataset = try Dataset.open(path: DatasetFixtures.path("kumar-hovernet"))
        #expect(dataset.layout == .kumarHoVerNet)
        try DatasetFixtures.expectSamples(of: dataset, matching: "kumar-hovernet")
        #expect(dataset.anomalies.isEmpty)
        #expect(
            try dataset.map { try $0.labels().storedType } == [
                "MATLAB double", "MATLAB int32", "MATLAB double", "MATLAB double",
            ])
    }

    @Test func kumarMoNuSegRasterisesPolygonsAsHoVerNetDoes() throws {
        let kumar = try DatasetCard.read(path: DatasetFixtures.cardsDirectory + "/kumar.json")
        let dataset = try Dataset.open(path: DatasetFixtures.path("kumar-monuseg"), card: kumar)
        #expect(dataset.layout == .kumarMoNuSeg)
        try DatasetFixtures.expectSamples(of: dataset, matching: "kumar-monuseg")
        #expect(dataset.map(\.metadata.tissue) == ["Breast", "Breast", nil])
        #expect(try DatasetFixtures.anomalyKinds(of: dataset) == DatasetFixtures.anomalies("kumar-monuseg"))
        let overlap = try dataset[1].labels().anomalies.first { $0.kind == .overlappingPolygons }
        #expect(overlap?.detail.hasPrefix("2 pairs of regions overlap") == true)
        #expect(try dataset[0].labels().storedType == "MoNuSeg XML")
        let withoutCard = try Dataset.open(path: DatasetFixtures.path("kumar-monuseg"))
        #expect(withoutCard.map(\.metadata.split) == ["monuseg-train", "monuseg-train", "monuseg-test"])
    }

    @Test func cpm17HoVerNetHasTrainAndTest() throws {
        let cpm = try DatasetCard.read(path: DatasetFixtures.cardsDirectory + "/cpm17.json")
        let dataset = try Dataset.open(path: DatasetFixtures.path("cpm17-hovernet"), card: cpm)
        #expect(dataset.layout == .cpm17HoVerNet)
        try DatasetFixtures.expectSamples(of: dataset, matching: "cpm17-hovernet")
        #expect(dataset.splitCounts.map(\.count) == [2, 3])
        #expect(dataset.allSatisfy { $0.metadata.micronsPerPixel == nil }, "CPM-17's pixel size is unknown")
    }

    @Test func brokenKumarReportsEveryAnomalyAndKeepsThePairedSamples() throws {
        let dataset = try Dataset.open(path: DatasetFixtures.path("broken-kumar"))
        try DatasetFixtures.expectSamples(of: dataset, matching: "broken-kumar")
        let found = try DatasetFixtures.anomalyKinds(of: dataset)
        #expect(found == DatasetFixtures.anomalies("broken-kumar"))
        let stray = dataset.anomalies.first { $0.kind == .unexpectedFile }
        #expect(stray?.file?.hasSuffix("images/test1/README.txt") == true)
    }
}

// MARK: - Cards

extension DatasetTests {
    @Test func cardSuppliesPixelSizeAndKumarTissues() throws {
        let kumar = try DatasetCard.read(path: DatasetFixtures.cardsDirectory + "/kumar.json")
        let dataset = try Dataset.open(path: DatasetFixtures.path("kumar-promptnucseg"), card: kumar)
        #expect(dataset.map(\.metadata.tissue) == ["Breast", "Kidney", "Breast", "Bladder"])
        #expect(dataset.allSatisfy { $0.metadata.micronsPerPixel == 0.25 })
        let pannuke = try DatasetCard.read(path: DatasetFixtures.cardsDirectory + "/pannuke.json")
        let folds = try Dataset.open(path: DatasetFixtures.path("pannuke"), card: pannuke)
        #expect(folds.allSatisfy { $0.metadata.micronsPerPixel == 0.25 })
    }

    @Test func cardOfAnotherDatasetIsRejected() throws {
        let kumar = try DatasetCard.read(path: DatasetFixtures.cardsDirectory + "/kumar.json")
        expectInputError(file: nil, containing: "layout pannuke is described by card pannuke, not kumar") {
            _ = try Dataset.open(path: DatasetFixtures.path("pannuke"), card: kumar)
        }
    }
}

// MARK: - Laziness

extension DatasetTests {
    @Test func openingReadsNoPixels() throws {
        try TemporaryFiles.withDirectory { directory in
            let fold = directory + "/Fold 1"
            try makeFold(at: fold, images: 2)
            let dataset = try Dataset.open(path: directory)
            #expect(dataset.count == 2)
            let masks = fold + "/masks/fold1/masks.npy"
            try NpyWriter.write([Double](repeating: .nan, count: 2 * 4 * 4 * 6), shape: [2, 4, 4, 6], to: masks)
            expectInputError(file: masks, containing: "image 1: channel 0 pixel 0 holds nan") {
                _ = try dataset[1].labels()
            }
        }
    }

    @Test func missingFoldFileListsWhatIsThere() throws {
        try TemporaryFiles.withDirectory { directory in
            let fold = directory + "/Fold 2"
            try makeFold(at: fold, images: 1, number: 2)
            let masks = fold + "/masks/fold2/masks.npy"
            try FileManager.default.removeItem(atPath: masks)
            expectInputError(file: masks, containing: "found: images/{fold2}, masks/{fold2}") {
                _ = try Dataset.open(path: directory)
            }
        }
    }

    /// Writes a PanNuke fold of `images` empty 4 × 4 images.
    func makeFold(at fold: String, images: Int, number: Int = 1) throws {
        for folder in ["images/fold\(number)", "masks/fold\(number)"] {
            try FileManager.default.createDirectory(atPath: fold + "/" + folder, withIntermediateDirectories: true)
        }
        try NpyWriter.write(
            [Double](repeating: 0, count: images * 48), shape: [images, 4, 4, 3],
            to: fold + "/images/fold\(number)/images.npy")
        try NpyWriter.write(
            [Double](repeating: 0, count: images * 96), shape: [images, 4, 4, 6],
            to: fold + "/masks/fold\(number)/masks.npy")
        try writeTypes([String](repeating: "Breast", count: images), to: fold + "/images/fold\(number)/types.npy")
    }

    /// Writes a `<U13` string array as numpy would.
    func writeTypes(_ names: [String], to path: String) throws {
        let header = NpyBytes.dict(descr: "<U13", shape: "(\(names.count),)")
        let data = names.flatMap { name -> [UInt8] in
            let units = Array(name.unicodeScalars.map(\.value)) + [UInt32](repeating: 0, count: 13 - name.count)
            return units.flatMap { unit in withUnsafeBytes(of: unit.littleEndian) { Array($0) } }
        }
        try Data(NpyBytes.make(header: header, data: data)).write(to: URL(fileURLWithPath: path))
    }
}
