import Foundation
import NucBench
import Testing

/// `nucbench eval` end to end: the headline, `--json`/`--out` equal to `metrics pannuke`, and resuming.
@Suite struct EvalCommandTests {}

extension EvalCommandTests {
    @Test func outAndJSONEqualMetricsPanNukeAndAResumedRunScoresNothing() throws {
        try PanNukeEvaluationTests.withPublishedLayout { data, pred, store in
            let out = store + ".json"
            let arguments = ["eval", "--dataset", "pannuke", "--data", data, "--pred", pred, "--store", store]
            let first = try CommandLineTests.run(arguments + ["--out", out, "--threads", "2"])
            #expect(first.status == 0)
            #expect(
                first.standardOutput.contains("protocol pannuke: TissueImageAnalytics/PanNuke-metrics run.py c00014d"))
            #expect(first.standardOutput.contains("aggregation: nanmean over tissues of image means"))
            #expect(first.standardOutput.contains("images without GT nuclei skipped (NaN)"))
            #expect(first.standardOutput.contains("(26 images scored now"))

            let metrics = try CommandLineTests.run(
                ["metrics", "pannuke"]
                    + (1...3).flatMap { fold in
                        [
                            "--true", metricsFixturesPath("pannuke/fold\(fold)/true"),
                            "--pred", metricsFixturesPath("pannuke/fold\(fold)/pred"),
                        ]
                    })
            #expect(try String(contentsOfFile: out, encoding: .utf8) == metrics.standardOutput)

            let again = try CommandLineTests.run(arguments + ["--json"])
            #expect(again.status == 0)
            #expect(again.standardOutput == metrics.standardOutput)
            #expect(try ResultsStore.open(path: store).runs().count == 1)
        }
    }

    @Test func splitAndFoldTogetherAreRefused() throws {
        let outcome = try CommandLineTests.run([
            "eval", "--dataset", "pannuke", "--data", "d", "--pred", "p", "--split", "123", "--fold", "3",
        ])
        #expect(outcome.status != 0)
        #expect(outcome.standardError.contains("give --split or --fold, not both"))
    }
}
