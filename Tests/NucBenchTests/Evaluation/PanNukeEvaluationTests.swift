import Foundation
import NucBench
import Testing

/// `nucbench eval --dataset pannuke`: store-backed, resumable, and equal to `metrics pannuke` byte for byte.
@Suite struct PanNukeEvaluationTests {
    /// The fixture folds laid out as PanNuke publishes them (`Fold N/`) plus `pred/foldN/`, in a
    /// temporary directory with a fresh store, removed afterwards.
    static func withPublishedLayout(_ body: (_ data: String, _ pred: String, _ store: String) throws -> Void) throws {
        let manager = FileManager.default
        let root = manager.temporaryDirectory.appendingPathComponent("nucbench-eval-\(UUID().uuidString)").path
        defer { try? manager.removeItem(atPath: root) }
        for fold in 1...3 {
            let links = [
                ("\(root)/data/Fold \(fold)/images/fold\(fold)", "types.npy", "true"),
                ("\(root)/data/Fold \(fold)/masks/fold\(fold)", "masks.npy", "true"),
                ("\(root)/pred/fold\(fold)", "masks.npy", "pred"),
            ]
            for (directory, file, side) in links {
                try manager.createDirectory(atPath: directory, withIntermediateDirectories: true)
                try manager.createSymbolicLink(
                    atPath: "\(directory)/\(file)",
                    withDestinationPath: metricsFixturesPath("pannuke/fold\(fold)/\(side)/\(file)"))
            }
        }
        try body("\(root)/data", "\(root)/pred", "\(root)/Reports/nucbench.sqlite")
    }

    static func request(
        data: String, pred: String, store: String, folds: [Int] = [1, 2, 3],
        protocol: PanNukeCalculator.Reference = .pannuke, threads: Int = 2
    ) -> PanNukeEvaluationRequest {
        PanNukeEvaluationRequest(
            dataDirectory: data, predictionDirectory: pred, folds: folds, protocol: `protocol`, storePath: store,
            explain: true, threads: threads)
    }

    static func calculatorReport(folds: [Int], protocol: PanNukeCalculator.Reference) throws -> String {
        let inputs = try folds.map { fold in
            try PanNukeFoldInput(
                trueDirectory: metricsFixturesPath("pannuke/fold\(fold)/true"),
                predictedDirectory: metricsFixturesPath("pannuke/fold\(fold)/pred"))
        }
        return try PanNukeCalculator.run(folds: inputs, protocol: `protocol`, explain: true, threads: 1).rendered
    }
}

extension PanNukeEvaluationTests {
    @Test(arguments: PanNukeCalculator.Reference.allCases)
    func threeFoldsEqualTheCalculatorByteForByte(protocol: PanNukeCalculator.Reference) throws {
        try Self.withPublishedLayout { data, pred, store in
            let outcome = try PanNukeEvaluation.run(
                Self.request(data: data, pred: pred, store: store, protocol: `protocol`))
            #expect(outcome.report.rendered == (try Self.calculatorReport(folds: [1, 2, 3], protocol: `protocol`)))
            #expect(outcome.folds.map(\.number) == [1, 2, 3])
            #expect(outcome.acrossFolds != nil)
            #expect(outcome.tissuesAcrossFolds?.count == PanNukeTissue.allCases.count)
            #expect(outcome.headline.contains(`protocol`.revision))
        }
    }

    @Test func aSplitScoresItsTestFoldOnly() throws {
        #expect(PanNukeSplit.allCases.map(\.testFold) == [3, 3, 1])
        try Self.withPublishedLayout { data, pred, store in
            let folds = [PanNukeSplit.split321.testFold]
            let outcome = try PanNukeEvaluation.run(Self.request(data: data, pred: pred, store: store, folds: folds))
            #expect(outcome.report.rendered == (try Self.calculatorReport(folds: folds, protocol: .pannuke)))
            #expect(outcome.acrossFolds == nil && outcome.tissuesAcrossFolds == nil)
            #expect(outcome.runName == "pannuke-pannuke-fold1")
        }
    }

    @Test func resumingAfterAnInterruptionScoresOnlyTheMissingImages() throws {
        try Self.withPublishedLayout { data, pred, store in
            let request = Self.request(data: data, pred: pred, store: store, threads: 1)
            #expect(try PanNukeEvaluation.interruptedRun(request, recordingAtMost: 7) == 7)
            let handle = try #require(try ResultsStore.open(path: store).storedRun(named: request.defaultRunName))
            #expect(try ResultsStore.open(path: store).completedImages(handle.handle).count == 7)

            let resumed = try PanNukeEvaluation.run(request)
            let total = resumed.folds.reduce(0) { $0 + $1.imagesUsed + $1.imagesSkipped }
            #expect(resumed.newlyRecorded == total - 7)

            var uninterrupted = request
            uninterrupted.storePath = store + ".fresh"
            uninterrupted.threads = 2
            let reference = try PanNukeEvaluation.run(uninterrupted)
            #expect(reference.newlyRecorded == total)
            #expect(resumed.report.rendered == reference.report.rendered)
            #expect(resumed.headline.contains("fold 3: mPQ"))

            #expect(try PanNukeEvaluation.run(request).newlyRecorded == 0)
        }
    }

    @Test func aRunNameReusedWithOtherFoldsIsRefused() throws {
        try Self.withPublishedLayout { data, pred, store in
            var request = Self.request(data: data, pred: pred, store: store, folds: [2])
            request.runName = "mine"
            _ = try PanNukeEvaluation.run(request)
            request.folds = [3]
            #expect { try PanNukeEvaluation.run(request) } throws: { ($0 as? StoreError)?.kind == .runConflict }
        }
    }
}
