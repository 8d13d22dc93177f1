import Foundation
import NucIO
import Testing

@testable import NucBench

/// One image's prediction files: completeness, formats and atomic replacement.
@Suite struct InferredImageFilesTests {}

extension InferredImageFilesTests {
    @Test func writesTheFormatsEvalReadsAndIsCompleteOnlyWithEveryFile() throws {
        let folder = try InferFixtures.scratch("files") + "/pred"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let files = InferredImageFiles(folder: folder, stem: "3_7", hasClasses: true)
        #expect(!files.isComplete)
        let prompts = [TypedPoint(Point(x: 1.5, y: 0), type: 4, score: 0.25)]
        try files.write(
            instances: [0, 1, 1, 2, 0, 0], classes: [0, 5, 5, 1, 0, 0], width: 3, height: 2, prompts: prompts)
        #expect(files.isComplete)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == [
                "3_7.class.npy", "3_7.inst.npy", "3_7.points.npy",
            ])
        let prediction = try PredictionDirectory(path: folder).prediction(of: "3_7")
        #expect(prediction.instances.indices == [0, 1, 1, 2, 0, 0])
        #expect(prediction.classMap == [0, 5, 5, 1, 0, 0])
        let points = try PromptNucSegPointFiles.predictions(of: "3_7", in: folder)
        #expect(points == prompts)
        #expect(try NpyFile(path: folder + "/3_7.inst.npy").dtype.description == "<i4")
        #expect(try NpyFile(path: folder + "/3_7.class.npy").dtype.description == "|u1")
        #expect(try NpyFile(path: folder + "/3_7.points.npy").dtype.description == "<f8")

        try FileManager.default.removeItem(atPath: folder + "/3_7.class.npy")
        #expect(!files.isComplete)
        let binary = InferredImageFiles(folder: folder, stem: "3_7", hasClasses: false)
        #expect(binary.paths == [folder + "/3_7.inst.npy", folder + "/3_7.points.npy"])
        #expect(binary.isComplete)
    }
}
