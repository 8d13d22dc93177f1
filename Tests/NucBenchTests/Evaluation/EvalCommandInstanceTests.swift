import Foundation
import NucBench
import Testing

extension EvalCommandTests {
    @Test func kumarDefaultsToPromptNucSegAndPrintsHowEveryNumberWasMade() throws {
        try InstanceEvaluationSupport.withDirectory { root in
            let (data, pred) = try InstanceEvaluationSupport.kumar(in: root)
            let store = root + "/store.sqlite"
            let arguments = [
                "eval", "--dataset", "kumar", "--data", data, "--pred", pred, "--store", store, "--cards",
                InstanceEvaluationSupport.cardsDirectory,
            ]
            let first = try CommandLineTests.run(arguments + ["--threads", "2"])
            #expect(first.status == 0, "\(first.standardError)")
            let means = try InstanceEvaluationSupport.expected()["kumar"]?["means"]?["promptnucseg"]
            let lines = first.standardOutput.split(separator: "\n").map(String.init)
            #expect(lines.contains("protocol promptnucseg: windygoo/PromptNucSeg 4afbf26"))
            #expect(lines.contains("centroid radius: 12 px = 3 µm (0.25 µm/px from card kumar)"))
            let aji = try #require(means?["aji"]?.double)
            #expect(lines.contains("AJI: \(String(format: "%.4f", aji))  images used 6, skipped 0"))
            let json = try CommandLineTests.run(arguments + ["--json"])
            #expect(json.status == 0)
            let report = try JSON.parse(json.standardOutput)
            #expect(report["protocol"] == .string("promptnucseg"))
            #expect(report["headlines"]?.elements?.first?["value"]?.double == aji)
            #expect(try ResultsStore.open(path: store).runs().count == 1)
        }
    }

    @Test func aProtocolThatDoesNotFitIsRefusedWithExitStatus3() throws {
        let outcome = try CommandLineTests.run([
            "eval", "--dataset", "cpm17", "--data", "d", "--pred", "p", "--protocol", "cellvit",
        ])
        #expect(outcome.status == 3)
        #expect(
            outcome.standardError
                == "nucbench: protocol 'cellvit' does not apply to cpm17: it averages over PanNuke's tissues and five "
                + "classes, which cpm17 does not have; cpm17 accepts promptnucseg, hovernet\n")
    }

    @Test func theRunRecordOfAPanNukeRunHasRealRevisionAndSampledDigests() throws {
        try PanNukeEvaluationTests.withPublishedLayout { data, pred, store in
            _ = try PanNukeEvaluation.run(
                PanNukeEvaluationTests.request(data: data, pred: pred, store: store, folds: [3]))
            let record = try #require(try ResultsStore.open(path: store).runs().first).record
            #expect(record.gitRevision.hasPrefix("git:") || record.gitRevision.hasPrefix("release:"))
            #expect(record.modelHash.hasPrefix("sha256:"))
            #expect(record.datasetContentHash.hasPrefix("sha256-sampled:"))
            #expect(record.options["dataset-content-hash-covers"] == "true masks.npy and types.npy per fold")
        }
    }
}
