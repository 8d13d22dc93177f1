import Foundation
import NucBench
import Testing

/// `AblationRun` with the real `InferRun` on tiny seeded models (sam-tiny, prompter-cpm17) and a
/// one-image 256×256 CPM-17 dataset: Table 6's `none` and `FT` rows (predicted prompts) and Table 7's
/// oracle 0/0 and 1/0 cells are inferred, scored and reported, and a second call reuses everything.
/// (The random-weight prompter proposes hundreds of points, so the full grid takes minutes.)
@Suite struct AblationEndToEndTests {}

extension AblationEndToEndTests {
    @Test func tinyModelsFillTables6And7AndResume() throws {
        try InstanceEvaluationSupport.withDirectory { folder in
            try AblationFixtures.cpm17(in: folder + "/cpm17", names: ["a"], side: 256)
            let text = """
                dataset = "cpm17"
                data = "cpm17"
                cards = "\(InstanceEvaluationSupport.cardsDirectory)"
                predictions = "pred"
                [segmentor]
                variant = "h"
                decoder_heads = 2
                vanilla = "\(InferFixtures.engineFixture("sam-tiny", "vanilla_sam.pth"))"
                [segmentor.fine_tuned]
                0 = "\(InferFixtures.engineFixture("sam-tiny", "segmentor.pth"))"
                1 = "\(InferFixtures.engineFixture("sam-tiny", "segmentor.pth"))"
                [prompter]
                aux = "\(InferFixtures.engineFixture("prompter-cpm17", "prompter.pth"))"
                no_aux = "\(InferFixtures.engineFixture("prompter-cpm17", "prompter.pth"))"
                """
            let config = try AblationConfigTests.config(text, in: folder)
            let request = AblationRequest(
                config: config,
                plan: try AblationPlan(config: config, toggles: [.fineTuning], negatives: [0], prompts: [.oracle]),
                storePath: folder + "/store.sqlite", baselinesDirectory: AblationRunTests.root + "/Baselines/paper",
                out: folder + "/report", bootstrap: ImageBootstrap(rounds: 10), threads: 2)
            let outcome = try AblationRun.run(request)
            #expect(outcome.runs.count == 4 && outcome.runs.allSatisfy { !$0.reused && $0.scored == 1 })
            #expect(
                outcome.inferences.map(\.job) == [
                    "vanilla-noaux", "ft-train0-noaux", "ft-train0-oracle", "ft-train1-oracle",
                ])
            #expect(outcome.inferences.allSatisfy { $0.outcome.imageCount == 1 })
            #expect(outcome.report.tables.map(\.number) == [6, 7])
            let table7 = outcome.report.tables[1]
            #expect(table7.cells.filter { (try? $0.ours.get()) != nil }.count == 4)
            for run in request.plan.runs {
                let files = try FileManager.default.contentsOfDirectory(atPath: run.predictionDirectory)
                #expect(files.contains { $0.hasPrefix("a.") })
            }

            let again = try AblationRun.run(request)
            #expect(again.runs.allSatisfy(\.reused) && again.inferences.isEmpty)
        }
    }
}
