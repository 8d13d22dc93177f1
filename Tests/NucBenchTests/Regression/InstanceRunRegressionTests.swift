import Foundation
import NucBench
import Testing

/// `nucbench regress` over CPM-17 (instance) runs: the report rebuilt from the store equals the
/// evaluation's, and a baseline of it gates it.
@Suite struct InstanceRunRegressionTests {
    /// The CPM-17 fixture scored into a fresh store under PromptNucSeg's protocol.
    static func withEvaluatedRun(_ body: (_ store: String, _ outcome: InstanceEvaluationOutcome) throws -> Void)
        throws
    {
        try InstanceEvaluationSupport.withDirectory { folder in
            let store = folder + "/store.sqlite"
            let fixture = InstanceEvaluationSupport.cpm17
            let outcome = try InstanceEvaluation.run(
                try InstanceEvaluationSupport.request(
                    .cpm17, data: fixture.data, pred: fixture.pred, store: store, protocol: .promptnucseg))
            try body(store, outcome)
        }
    }
}

extension InstanceRunRegressionTests {
    @Test func theRecomputedReportEqualsTheEvaluationsButForTheRadiusSource() throws {
        try Self.withEvaluatedRun { store, outcome in
            let report = try #require(
                try StoredRunReport.report(ofRunNamed: outcome.runName, in: try ResultsStore.open(path: store)))
            let expected = outcome.scores.report(
                radii: outcome.radii.map { MatchRadius(recordedPixels: $0.pixels) }, explain: false)
            #expect(report.rendered == expected.rendered)
            #expect(report.rendered.contains("\"source\":\"recorded with the run\""))
        }
    }

    @Test func aNewBaselineCoversEveryCompleteRunAndPasses() throws {
        try Self.withEvaluatedRun { store, outcome in
            let baseline = store + ".baseline.json"
            try RegressionCheck.update(baselinePath: baseline, storePath: store)
            let metrics = try #require(try RegressionBaseline.read(path: baseline).runs[outcome.runName])
            let aji = try #require(outcome.scores.headlines.first { $0.metric.description == "AJI" })
            guard case .success(let value) = aji.value else {
                Issue.record("the fixture's AJI is undefined")
                return
            }
            let position = try #require(outcome.scores.headlines.firstIndex { $0.metric.description == "AJI" })
            #expect(metrics["headlines[\(position)].value"] == value)
            #expect(try RegressionCheck.run(baselinePath: baseline, storePath: store).passed)

            var raised = try RegressionBaseline.read(path: baseline)
            raised.runs[outcome.runName]?["headlines[\(position)].value"] = value + 1e-12
            try Data(raised.rendered.utf8).write(to: URL(fileURLWithPath: baseline))
            let failed = try RegressionCheck.run(baselinePath: baseline, storePath: store)
            #expect(!failed.passed)
            #expect(
                failed.comparisons.filter { $0.status == .regressed }.map(\.path) == ["headlines[\(position)].value"])
        }
    }
}
