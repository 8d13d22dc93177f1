import Foundation
import NucBench
import Testing

/// `metrics pairs` and `metrics pannuke` read the formats and layouts datasets ship in.
@Suite struct LabelFormatsTests {
    /// A fixture of the NucIO tests.
    static func nucIOFixture(_ relative: String) -> String {
        DatasetTestSupport.packageRoot.appendingPathComponent("Tests/NucIOTests/Fixtures/\(relative)").path
    }

    static func records(gt: String, pred: String) throws -> [String] {
        var records: [String] = []
        try PairsCalculator.run(gtPath: gt, predPath: pred, explain: false, threads: 1) { records.append($0.rendered) }
        return records
    }
}

extension LabelFormatsTests {
    @Test(arguments: ["images/png_grey16", "images/tiff_grey16", "images/tiff_grey_uint32", "images/tiff_grey8_lzw"])
    func greyLabelImagesScoreExactlyLikeTheirNpyValues(stem: String) throws {
        let npy = Self.nucIOFixture(stem + ".npy")
        let image = Self.nucIOFixture(stem + (stem.contains("png") ? ".png" : ".tif"))
        let expected = try Self.records(gt: npy, pred: npy)
        #expect(try Self.records(gt: image, pred: npy) == expected)
        #expect(try Self.records(gt: npy, pred: image) == expected)
    }

    @Test func matAndPickledMaskFilesAreReadByContent() throws {
        let mat = Self.nucIOFixture("datasets/kumar-hovernet/test_same/Labels")
        let labels = try #require(try FileManager.default.contentsOfDirectory(atPath: mat).sorted().first)
        let record = try JSON.parse(
            try #require(try Self.records(gt: mat + "/" + labels, pred: mat + "/" + labels).first))
        #expect((record["n_gt"]?.int ?? 0) > 0)
        #expect(record["tp"]?.int == record["n_gt"]?.int)
        let pickled = Self.nucIOFixture("pickle/mask_dict.npy")
        let mask = try JSON.parse(try #require(try Self.records(gt: pickled, pred: pickled).first))
        #expect(mask["n_gt"]?.int == 5 && mask["tp"]?.int == 5)
    }

    @Test func aPublishedPanNukeFoldScoresLikeItsFlatFiles() throws {
        let fold = Self.nucIOFixture("datasets/pannuke/Fold 1")
        try DatasetTestSupport.withDirectory { flat in
            let manager = FileManager.default
            try manager.copyItem(atPath: fold + "/masks/fold1/masks.npy", toPath: flat + "/masks.npy")
            try manager.copyItem(atPath: fold + "/images/fold1/types.npy", toPath: flat + "/types.npy")
            let published = try PanNukeCalculator.run(
                folds: [try PanNukeFoldInput(trueDirectory: fold, predictedDirectory: fold)], protocol: .pannuke,
                explain: true, threads: 1)
            let flatResult = try PanNukeCalculator.run(
                folds: [try PanNukeFoldInput(trueDirectory: flat, predictedDirectory: fold)], protocol: .pannuke,
                explain: true, threads: 1)
            #expect(published.rendered == flatResult.rendered)
            #expect(published["per_image"]?.elements?.isEmpty == false)
        }
    }

    @Test func aDirectoryWithoutMasksSaysWhatItExpected() throws {
        let directory = Self.nucIOFixture("datasets/pannuke")
        #expect(
            throws: InputError(
                "expected masks.npy, or a published PanNuke fold (masks/foldN/masks.npy, images/foldN/types.npy)",
                file: directory)
        ) {
            try PanNukeFoldInput(trueDirectory: directory, predictedDirectory: directory)
        }
    }
}
