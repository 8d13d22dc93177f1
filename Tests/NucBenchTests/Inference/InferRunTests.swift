import Foundation
import NucBench
import NucEngine
import NucIO
import Testing

/// `nucbench infer` end to end on tiny data: the committed tiny segmentor and prompter fixtures over
/// a three-image PanNuke fold and a two-image Kumar set written by the test.
@Suite struct InferRunTests {
    /// A PanNuke fold 1 of three images, a manifest, and an output folder under a scratch root.
    static func panNukeSetup(_ name: String, manifestExtra: String = "") throws
        -> (root: String, data: String, manifest: String, out: String)
    {
        let root = try InferFixtures.scratch(name)
        try InferFixtures.panNuke(in: root + "/data")
        let manifest = try InferFixtures.manifest(in: root, extra: manifestExtra)
        return (root, root + "/data", manifest, root + "/pred")
    }

    /// The rows of a `.points.npy` file.
    static func points(_ path: String) throws -> [[Double]] {
        let file = try NpyFile(path: path)
        let values = try file.doubleValues()
        return (0..<file.shape[0]).map { Array(values[(4 * $0)..<(4 * $0 + 4)]) }
    }
}

extension InferRunTests {
    @Test func oraclePromptsAreTheGroundTruthPointsAndEvalReadsTheFiles() throws {
        let setup = try Self.panNukeSetup("oracle")
        defer { try? FileManager.default.removeItem(atPath: setup.root) }
        let outcome = try InferRun.run(
            InferRequest(
                manifestPath: setup.manifest, dataset: .pannuke, dataDirectory: setup.data, folds: [1],
                outDirectory: setup.out, prompts: .oracle, threads: 2))
        #expect(outcome.modelName == "tiny")
        #expect(outcome.imageCount == 3)
        #expect(outcome.outputs.map(\.negatives) == [0] && outcome.outputs.map(\.directory) == [setup.out])
        #expect(outcome.outputs.map(\.written) == [3] && outcome.outputs.map(\.skipped) == [0])
        #expect(outcome.encoderRuns == 3)

        let dataset = try Dataset.open(path: setup.data)
        var promptTotal = 0
        for sample in dataset.samples {
            let stem = sample.metadata.name
            let labels = try sample.labels()
            let oracle = try OraclePrompts.prompts(for: labels.instances, classes: labels.classes)
            let rows = try Self.points("\(setup.out)/\(stem).points.npy")
            #expect(rows == oracle.map { [Double($0.x), Double($0.y), 1, Double($0.classIndex)] }, "\(stem)")
            #expect(oracle.count == InferFixtures.nuclei(image: sample.metadata.index ?? -1).count)
            promptTotal += oracle.count
            let prediction = try PredictionDirectory(path: setup.out).prediction(of: stem)
            #expect(prediction.instances.width == 256 && prediction.instances.height == 256)
            #expect(prediction.classMap?.count == 256 * 256)
        }
        #expect(outcome.promptCount == promptTotal)

        // The eval library reads the maps, and the points against ground truth that equals them.
        var truth: [String] = []
        for sample in dataset.samples {
            let labels = try sample.labels()
            let oracle = try OraclePrompts.prompts(for: labels.instances, classes: labels.classes)
            let lists = (0..<5).map { type in
                "[" + oracle.filter { $0.classIndex == type }.map { "[\($0.x), \($0.y)]" }.joined(separator: ", ") + "]"
            }
            truth.append("\"Images/\(sample.metadata.name).png\": [" + lists.joined(separator: ", ") + "]")
        }
        let truthPath = setup.root + "/test.json"
        try ("{" + truth.joined(separator: ", ") + "}").write(toFile: truthPath, atomically: true, encoding: .utf8)
        let scored = try PanNukeDirectoryEvaluation.run(
            PanNukeEvaluationRequest(
                dataDirectory: setup.data, predictionDirectory: setup.out, folds: [1], protocol: .pannuke,
                storePath: setup.root + "/store.sqlite", groundTruthPoints: truthPath))
        #expect(scored.folds.map(\.imagesUsed) == [3])
        #expect(
            scored.prompterCounts?.detection
                == .init(matched: promptTotal, predictions: promptTotal, groundTruth: promptTotal))
    }

    @Test func predictedPromptsResumeAfterAnInterruptionWithIdenticalBytes() throws {
        let setup = try Self.panNukeSetup("resume")
        defer { try? FileManager.default.removeItem(atPath: setup.root) }
        let request = InferRequest(
            manifestPath: setup.manifest, dataset: .pannuke, dataDirectory: setup.data, folds: [1],
            outDirectory: setup.out, threads: 1)
        let first = try InferRun.run(request)
        let written = try (0..<3).map { try Self.points("\(setup.out)/1_\($0).points.npy") }
        #expect(first.promptCount == written.map(\.count).reduce(0, +))
        #expect(first.promptCount > 0)
        #expect(written.joined().allSatisfy { (0..<5).contains(Int($0[3])) && $0[2] > 0 && $0[2] <= 1 })
        let complete = try InferFixtures.contents(of: setup.out)
        #expect(complete.count == 9)
        #expect(complete.keys.allSatisfy { !$0.hasPrefix(".") })

        // A killed run: image 1_1 lost its instance map and left a partial file behind.
        try FileManager.default.removeItem(atPath: setup.out + "/1_1.inst.npy")
        try Data([1, 2, 3]).write(to: URL(fileURLWithPath: setup.out + "/.1_1.inst.npy.partial"))
        var resumed = request
        resumed.threads = 2
        let outcome = try InferRun.run(resumed)
        #expect(outcome.outputs.map(\.written) == [1])
        #expect(outcome.outputs.map(\.skipped) == [2])
        #expect(outcome.encoderRuns == 1)
        #expect(try InferFixtures.contents(of: setup.out) == complete)

        let again = try InferRun.run(request)
        #expect(again.outputs.map(\.written) == [0])
        #expect(again.encoderRuns == 0)
    }

    @Test func augmentationEncodesEveryViewOfEveryTileAndIsRefusedOnPanNuke() throws {
        let root = try InferFixtures.scratch("tta")
        defer { try? FileManager.default.removeItem(atPath: root) }
        try InferFixtures.kumar(in: root + "/data")
        let manifest = try InferFixtures.manifest(in: root, extra: #", "variant": "l""#)
        var request = InferRequest(
            manifestPath: manifest, dataset: .kumar, dataDirectory: root + "/data", outDirectory: root + "/pred",
            prompts: .oracle, negatives: [0], augmentation: .reference, threads: 2)
        let outcome = try InferRun.run(request)
        // Two images of two tiles, six views each.
        #expect(outcome.encoderRuns == 24)
        #expect(outcome.outputs.map(\.written) == [2])
        #expect(try PredictionDirectory(path: root + "/pred").prediction(of: "b").instances.height == 256)

        request.dataset = .pannuke
        #expect(
            throws: InputError(
                "test-time augmentation applies to Kumar and CPM-17; the official PanNuke path has none")
        ) { try InferRun.run(request) }
    }

    @Test func aNegativesSweepEncodesEachTileOnce() throws {
        let root = try InferFixtures.scratch("sweep")
        defer { try? FileManager.default.removeItem(atPath: root) }
        try InferFixtures.kumar(in: root + "/data")
        let manifest = try InferFixtures.manifest(in: root, extra: #", "variant": "l""#)
        let request = InferRequest(
            manifestPath: manifest, dataset: .kumar, dataDirectory: root + "/data", outDirectory: root + "/pred",
            prompts: .oracle, negatives: [0, 1, 2], threads: 2)
        let outcome = try InferRun.run(request)
        // 300×256 gives two tiles per image: 4 encoder passes for 3 K values.
        #expect(outcome.encoderRuns == 4)
        #expect(outcome.outputs.map(\.directory) == ["k0", "k1", "k2"].map { root + "/pred/" + $0 })
        #expect(outcome.outputs.map(\.written) == [2, 2, 2])
        for k in 0...2 {
            let folder = root + "/pred/k\(k)"
            #expect(
                Set(try FileManager.default.contentsOfDirectory(atPath: folder)) == [
                    "a.inst.npy", "a.points.npy", "b.inst.npy", "b.points.npy",
                ])
            #expect(try PredictionDirectory(path: folder).prediction(of: "a").instances.width == 300)
        }

        var single = request
        single.negatives = [1]
        single.outDirectory = root + "/single"
        let alone = try InferRun.run(single)
        #expect(alone.outputs.map(\.directory) == [root + "/single"])
        #expect(try InferFixtures.contents(of: root + "/single") == InferFixtures.contents(of: root + "/pred/k1"))
    }
}
