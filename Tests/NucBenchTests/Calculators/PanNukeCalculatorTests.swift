import NucBench
import Testing

/// `nucbench metrics pannuke` output against PanNuke-metrics and CellViT golden values, tolerance 0.
@Suite struct PanNukeCalculatorTests {
    static func folds() throws -> [PanNukeFoldInput] {
        try (1...3).map { fold in
            try PanNukeFoldInput(
                trueDirectory: metricsFixturesPath("pannuke/fold\(fold)/true"),
                predictedDirectory: metricsFixturesPath("pannuke/fold\(fold)/pred"))
        }
    }
}

extension PanNukeCalculatorTests {
    @Test func threeFoldsEqualPanNukeMetricsAndTheAcrossFoldSummary() throws {
        let expected = try JSON.read(path: metricsFixturesPath("pannuke/expected.json"))
        let actual = try PanNukeCalculator.run(folds: Self.folds(), protocol: .pannuke, explain: false, threads: 2)
        let compared = expectMatches(actual, expected, ignoring: ["cellvit"])
        #expect(compared > 300)
    }

    @Test func threeFoldsEqualCellViT() throws {
        let expected = try #require(try JSON.read(path: metricsFixturesPath("pannuke/expected.json"))["cellvit"])
        let actual = try PanNukeCalculator.run(folds: Self.folds(), protocol: .cellvit, explain: false, threads: 2)
        let compared = expectMatches(actual, expected, ignoring: ["classes"])
        #expect(compared > 300)
    }

    @Test func oneFoldGivesTheFoldObject() throws {
        let expected = try #require(try JSON.read(path: metricsFixturesPath("pannuke/expected.json"))["fold2"])
        let actual = try PanNukeCalculator.run(folds: [Self.folds()[1]], protocol: .pannuke, explain: false, threads: 1)
        #expect(expectMatches(actual, expected) > 100)
    }

    @Test func outputIsIdenticalAtAnyThreadCount() throws {
        let folds = try Self.folds()
        let single = try PanNukeCalculator.run(folds: folds, protocol: .pannuke, explain: true, threads: 1).rendered
        #expect(
            try PanNukeCalculator.run(folds: folds, protocol: .pannuke, explain: true, threads: 3).rendered == single)
    }

    @Test func mismatchedFoldsNameTheFiles() throws {
        let truth = metricsFixturesPath("pannuke/fold1/true")
        let prediction = metricsFixturesPath("pannuke/fold2/pred")
        #expect(
            throws: InputError(
                "prediction masks have shape [10, 256, 256, 6] but the ground truth \(truth)/masks.npy has [6, 256, 256, 6]",
                file: prediction + "/masks.npy")
        ) {
            try PanNukeFoldInput(trueDirectory: truth, predictedDirectory: prediction)
        }
    }
}
