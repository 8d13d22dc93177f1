import Foundation
import NucBench
import Testing

/// `nucbench eval --dataset pannuke` with per-image predictions in nucbench's format.
@Suite struct PanNukeDirectoryEvaluationTests {
    /// Writes the fixture's predicted masks of `folds` as `{fold}_{k}.inst.npy` + `{fold}_{k}.class.npy`.
    static func writePerImagePredictions(folds: [Int], to directory: String) throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        for fold in folds {
            let masks = try NpyFile(path: metricsFixturesPath("pannuke/fold\(fold)/pred/masks.npy"))
            let (height, width, channels) = (masks.shape[1], masks.shape[2], masks.shape[3])
            for image in 0..<masks.shape[0] {
                let values = try masks.doubleValues(slice: image)
                var instances = [Int32](repeating: 0, count: height * width)
                var classes = [UInt8](repeating: 0, count: height * width)
                for pixel in 0..<(height * width) {
                    for channel in 0..<PanNukeClass.allCases.count where values[pixel * channels + channel] != 0 {
                        instances[pixel] = Int32(values[pixel * channels + channel])
                        classes[pixel] = UInt8(channel + 1)
                    }
                }
                try NpyWriter.write(instances, shape: [height, width], to: "\(directory)/\(fold)_\(image).inst.npy")
                try NpyWriter.write(classes, shape: [height, width], to: "\(directory)/\(fold)_\(image).class.npy")
            }
        }
    }
}

extension PanNukeDirectoryEvaluationTests {
    @Test func perImageFilesGiveTheReportOfTheMasksFile() throws {
        try PanNukeEvaluationTests.withPublishedLayout { data, pred, store in
            let perImage = store + "-pred"
            try Self.writePerImagePredictions(folds: [2, 3], to: perImage)
            let fromMasks = try PanNukeEvaluation.run(
                PanNukeEvaluationTests.request(data: data, pred: pred, store: store, folds: [2, 3]))
            var request = PanNukeEvaluationTests.request(data: data, pred: perImage, store: store, folds: [2, 3])
            request.runName = "per-image"
            let fromFiles = try PanNukeDirectoryEvaluation.run(request)
            #expect(fromFiles.report.rendered == fromMasks.report.rendered)
            #expect(fromFiles.newlyRecorded == 20)
            let opened = try ResultsStore.open(path: store)
            let runs = try opened.runs()
            #expect(runs.count == 2)
            #expect(
                try opened.statistics(of: runs[0].handle) == opened.statistics(of: runs[1].handle))
            #expect(runs[1].record.options["pred-format"] == "per-image instance and class maps")
        }
    }

    @Test func overlaysOfPerImageFilesEqualThoseOfTheMasksFile() throws {
        try PanNukeEvaluationTests.withPublishedLayout { data, pred, store in
            let perImage = store + "-pred"
            try Self.writePerImagePredictions(folds: [3], to: perImage)
            let samples = (0..<(10 * 256 * 256 * 3)).map { UInt8(truncatingIfNeeded: $0 / 3 % 241) }
            try NpyWriter.write(samples, shape: [10, 256, 256, 3], to: data + "/Fold 3/images/fold3/images.npy")
            var fromMasks = PanNukeEvaluationTests.request(data: data, pred: pred, store: store, folds: [3])
            fromMasks.overlays = 4
            fromMasks.overlayDirectory = store + "-overlays-masks"
            _ = try PanNukeEvaluation.run(fromMasks)
            var fromFiles = PanNukeEvaluationTests.request(data: data, pred: perImage, store: store, folds: [3])
            fromFiles.runName = "per-image"
            fromFiles.overlays = 4
            fromFiles.overlayDirectory = store + "-overlays-files"
            _ = try PanNukeDirectoryEvaluation.run(fromFiles)
            let manager = FileManager.default
            let names = try manager.contentsOfDirectory(atPath: fromMasks.overlayDirectory).sorted()
            #expect(names.count == 5 && names.contains("index.md"))
            #expect(try manager.contentsOfDirectory(atPath: fromFiles.overlayDirectory).sorted() == names)
            for name in names {
                #expect(
                    manager.contents(atPath: fromFiles.overlayDirectory + "/" + name)
                        == manager.contents(atPath: fromMasks.overlayDirectory + "/" + name), "\(name)")
            }
        }
    }

    @Test func aPredictionWithoutClassesIsRefused() throws {
        try PanNukeEvaluationTests.withPublishedLayout { data, _, store in
            let perImage = store + "-pred"
            try Self.writePerImagePredictions(folds: [3], to: perImage)
            try FileManager.default.removeItem(atPath: perImage + "/3_4.class.npy")
            let error = #expect(throws: InputError.self) {
                try PanNukeDirectoryEvaluation.run(
                    PanNukeEvaluationTests.request(data: data, pred: perImage, store: store, folds: [3]))
            }
            #expect(
                error?.description
                    == "\(perImage): no class map for image '3_4': PanNuke predictions need 3_4.class.npy "
                    + "(or .class.png/.tif/.tiff)")
        }
    }

    @Test func prompterPointsArePooledAndPrinted() throws {
        try PanNukeEvaluationTests.withPublishedLayout { data, pred, store in
            let perImage = store + "-pred"
            try Self.writePerImagePredictions(folds: [3], to: perImage)
            var truth: [String] = []
            for image in 0..<10 {
                let rows: [Double] = image == 2 ? [5, 5, 0.3, 4, 40, 40, 0.9, 4, 41, 52, 0.7, 2] : []
                try NpyWriter.write(rows, shape: [rows.count / 4, 4], to: "\(perImage)/3_\(image).points.npy")
                let lists = image == 2 ? "[[], [], [[40, 52]], [], [[40, 41], [5, 18]]]" : "[[], [], [], [], []]"
                truth.append("\"Images/3_\(image).png\": \(lists)")
            }
            let points = store + "-test.json"
            try Data(("{" + truth.joined(separator: ", ") + "}").utf8).write(to: URL(fileURLWithPath: points))
            var request = PanNukeEvaluationTests.request(data: data, pred: perImage, store: store, folds: [3])
            request.groundTruthPoints = points
            let outcome = try PanNukeDirectoryEvaluation.run(request)
            // Det: (40,40) takes (40,41); (41,52) takes (40,52); (5,5) is 13 px from (5,18): unmatched.
            let counts = try #require(outcome.prompterCounts)
            #expect(counts.detection == .init(matched: 2, predictions: 3, groundTruth: 3))
            #expect(counts.perClass[4] == .init(matched: 1, predictions: 2, groundTruth: 2))
            #expect(counts.perClass[2] == .init(matched: 1, predictions: 1, groundTruth: 1))
            #expect(outcome.prompter?.classes == [0, 1, 2, 3, 4])
            #expect(outcome.headline.contains("matched 2 of 3 predicted, 3 true points"))
            let without = PanNukeEvaluationTests.request(data: data, pred: pred, store: store, folds: [3])
            var masksRequest = without
            masksRequest.groundTruthPoints = points
            #expect(throws: InputError.self) { try PanNukeEvaluation.run(masksRequest) }
        }
    }
}
