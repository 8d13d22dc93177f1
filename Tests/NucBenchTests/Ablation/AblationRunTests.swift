import Foundation
import Testing

@testable import NucBench

/// `AblationRun`: the grid through inference, evaluation and report, with a stand-in inference step
/// that copies the CPM-17 evaluation fixture's predictions into each requested K folder.
@Suite struct AblationRunTests {
    /// The package root.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path

    /// Records the inference requests it receives and writes the fixture predictions.
    final class StandInInference: @unchecked Sendable {
        private(set) var requests: [InferRequest] = []

        func infer(_ request: InferRequest) throws -> InferOutcome {
            requests.append(request)
            let ks = request.negatives ?? []
            var outputs: [InferOutcome.Output] = []
            for k in ks {
                let directory = request.outputDirectory(negatives: k, sweep: ks.count > 1)
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
                let files = try FileManager.default.contentsOfDirectory(atPath: InstanceEvaluationSupport.cpm17.pred)
                for file in files.sorted() where !FileManager.default.fileExists(atPath: directory + "/" + file) {
                    try FileManager.default.copyItem(
                        atPath: InstanceEvaluationSupport.cpm17.pred + "/" + file, toPath: directory + "/" + file)
                }
                outputs.append(.init(negatives: k, directory: directory, written: files.count, skipped: 0))
            }
            return InferOutcome(
                modelName: "stand-in", imageCount: 10, outputs: outputs, encoderRuns: 0, promptCount: 0)
        }
    }

    /// The request of a plan over the CPM-17 fixture, with everything written under `folder`.
    static func request(
        folder: String, toggles: [AblationPlan.Module] = AblationPlan.Module.allCases, negatives: [Int] = [0, 1, 2],
        vanilla: String = "sam.pth"
    ) throws -> AblationRequest {
        let text = """
            dataset = "cpm17"
            data = "\(InstanceEvaluationSupport.cpm17.data)"
            cards = "\(InstanceEvaluationSupport.cardsDirectory)"
            predictions = "pred"
            [segmentor]
            variant = "h"
            vanilla = "\(vanilla)"
            [segmentor.fine_tuned]
            0 = "np0.pth"
            1 = "np1.pth"
            [prompter]
            aux = "aux.pth"
            no_aux = "plain.pth"
            spacing = 8
            """
        let config = try AblationConfigTests.config(text, in: folder)
        return AblationRequest(
            config: config, plan: try AblationPlan(config: config, toggles: toggles, negatives: negatives),
            storePath: folder + "/store.sqlite", baselinesDirectory: root + "/Baselines/paper", out: folder + "/report",
            bootstrap: ImageBootstrap(rounds: 20))
    }
}

extension AblationRunTests {
    @Test func gridIsInferredScoredStoredAndReported() throws {
        try InstanceEvaluationSupport.withDirectory { folder in
            let inference = StandInInference()
            let request = try Self.request(folder: folder)
            var lines: [String] = []
            let outcome = try AblationRun.run(request, infer: inference.infer) { lines.append($0) }

            #expect(inference.requests.count == 7)
            let sweep = try #require(inference.requests.first { $0.manifestPath.contains("ft-train0-aux-mapf") })
            #expect(sweep.negatives == [0, 1, 2] && sweep.outDirectory == folder + "/pred/ft-train0-aux-mapf")
            #expect(sweep.maskFiltering == true && sweep.prompts == .predicted && sweep.dataset == .cpm17)
            let single = try #require(inference.requests.first)
            #expect(single.outDirectory == folder + "/pred/vanilla-noaux/k0" && single.maskFiltering == false)
            let oracle = try #require(inference.requests.last)
            #expect(oracle.prompts == .oracle && oracle.maskFiltering == nil)
            let manifest = try InferenceManifest(path: sweep.manifestPath)
            #expect(manifest.segmentor == folder + "/np0.pth" && manifest.prompter == folder + "/aux.pth")
            #expect(manifest.variant == .h && manifest.maskFiltering == true && manifest.spacing == 8)
            #expect(try InferenceManifest(path: oracle.manifestPath).spacing == nil)

            #expect(outcome.runs.count == 15 && outcome.runs.allSatisfy { !$0.reused && $0.scored == 10 })
            #expect(lines.first == "[infer 1/7] vanilla-noaux: K 0")
            #expect(lines.last == "[eval 15/15] cpm17-ablate-ft-np-train1-test2-oracle")
            let store = try ResultsStore.open(path: request.storePath)
            for run in request.plan.runs {
                let stored = try #require(try store.storedRun(named: run.name))
                #expect(stored.status == .complete && stored.record.dataset == "cpm17")
                #expect(run.options.allSatisfy { stored.record.options[$0.key] == $0.value })
                #expect(stored.record.options["pred"] == run.predictionDirectory)
            }

            let reference = try InstanceEvaluation.run(
                try InstanceEvaluationSupport.request(
                    .cpm17, data: InstanceEvaluationSupport.cpm17.data, pred: InstanceEvaluationSupport.cpm17.pred,
                    store: folder + "/reference.sqlite", protocol: .promptnucseg))
            let aji = try #require(try reference.scores.headline(.aji)?.value.get())
            let pq = try #require(try reference.scores.headline(.pq)?.value.get())
            #expect(outcome.report.tables.map(\.number) == [6, 7])
            let table6 = outcome.report.tables[0]
            for row in ["none", "FT", "FT+AUX", "FT+AUX+MAPF", "FT+AUX+MAPF+NP"] {
                #expect(try table6.cell(row: row, metric: "AJI")?.ours.get() == aji)
                #expect(try table6.cell(row: row, metric: "PQ")?.ours.get() == pq)
            }
            #expect(
                outcome.files.map { URL(fileURLWithPath: $0).lastPathComponent }.sorted() == [
                    "table6.csv", "table6.md", "table7.csv", "table7.md",
                ])
        }
    }

    @Test func completeRunsAreReusedAndTheirInferenceSkipped() throws {
        try InstanceEvaluationSupport.withDirectory { folder in
            let inference = StandInInference()
            let first = try Self.request(folder: folder, toggles: [.fineTuning], negatives: [])
            _ = try AblationRun.run(first, infer: inference.infer)
            #expect(
                inference.requests.map(\.outDirectory) == [
                    folder + "/pred/vanilla-noaux/k0", folder + "/pred/ft-train0-noaux/k0",
                ])

            let full = try Self.request(folder: folder, negatives: [1])
            var lines: [String] = []
            let outcome = try AblationRun.run(full, infer: inference.infer) { lines.append($0) }
            #expect(
                outcome.runs.filter(\.reused).map(\.name) == [
                    "cpm17-ablate-none-train0-test0-predicted", "cpm17-ablate-ft-train0-test0-predicted",
                ])
            #expect(
                lines.prefix(2) == [
                    "[infer 1/7] vanilla-noaux: every run complete in the store, skipped",
                    "[infer 2/7] ft-train0-noaux: every run complete in the store, skipped",
                ])
            #expect(inference.requests.count == 2 + 5)
            #expect(inference.requests[3].negatives == [0, 1] && inference.requests[4].negatives == [1])

            let again = try AblationRun.run(full, infer: inference.infer)
            #expect(again.runs.allSatisfy(\.reused) && inference.requests.count == 7)
        }
    }

    @Test func predictionsOfOtherModelsAreRefused() throws {
        try InstanceEvaluationSupport.withDirectory { folder in
            let inference = StandInInference()
            _ = try AblationRun.run(
                try Self.request(folder: folder, toggles: [.fineTuning], negatives: []), infer: inference.infer)
            let changed = try Self.request(folder: folder, toggles: [.fineTuning], negatives: [], vanilla: "other.pth")
            #expect(
                throws: InputError(
                    "the predictions of job vanilla-noaux were made with other models or settings; remove "
                        + folder + "/pred/vanilla-noaux or set another `predictions` folder",
                    file: folder + "/pred/vanilla-noaux/manifest.json")
            ) { try AblationRun.run(changed, infer: inference.infer) }
            #expect(inference.requests.count == 2)
        }
    }

    @Test func interruptedScoringResumes() throws {
        try InstanceEvaluationSupport.withDirectory { folder in
            let inference = StandInInference()
            let request = try Self.request(folder: folder, toggles: [.fineTuning], negatives: [])
            let first = request.plan.runs[0]
            _ = try inference.infer(
                InferRequest(
                    manifestPath: "", dataset: .cpm17, dataDirectory: "", outDirectory: first.predictionDirectory,
                    negatives: [0]))
            let killed = try InstanceEvaluation.interruptedRun(
                AblationEvaluation.scoringRequest(
                    first, request: request, card: try InstanceEvaluationSupport.card("cpm17")),
                recordingAtMost: 3)
            #expect(killed == 3)

            let outcome = try AblationRun.run(request, infer: inference.infer)
            #expect(outcome.runs.map(\.scored) == [7, 10])
            let store = try ResultsStore.open(path: request.storePath)
            let resumed = try store.completeRun(named: first.name)
            #expect(resumed.images.map(\.index) == Array(0..<10))
            #expect(try store.runs().map(\.record.name).sorted() == request.plan.runs.map(\.name).sorted())
        }
    }
}
