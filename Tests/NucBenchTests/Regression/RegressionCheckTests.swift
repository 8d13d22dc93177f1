import Foundation
import NucBench
import Testing

/// `nucbench regress` semantics: a baseline written from a stored PanNuke run gates that run.
@Suite struct RegressionCheckTests {
    static let runName = "pannuke-pannuke-fold123"

    /// The fixture folds evaluated into a fresh store, and a baseline written from it
    /// (`--update` semantics) beside the store.
    static func withBaseline(_ body: (_ store: String, _ baseline: String) throws -> Void) throws {
        try PanNukeEvaluationTests.withPublishedLayout { data, pred, store in
            _ = try PanNukeEvaluation.run(PanNukeEvaluationTests.request(data: data, pred: pred, store: store))
            let baseline = store + ".baseline.json"
            try RegressionCheck.update(baselinePath: baseline, storePath: store)
            try body(store, baseline)
        }
    }

    /// Rewrites one metric of the baseline file.
    static func edit(_ path: String, of baseline: String, _ change: (Double) -> Double) throws {
        var edited = try RegressionBaseline.read(path: baseline)
        let value = try #require(edited.runs[runName]?[path])
        edited.runs[runName]?[path] = change(value)
        try Data(edited.rendered.utf8).write(to: URL(fileURLWithPath: baseline))
    }
}

extension RegressionCheckTests {
    @Test func aBaselineOfTheRunItselfPassesWithEveryMetricEqual() throws {
        try Self.withBaseline { store, baseline in
            let written = try RegressionBaseline.read(path: baseline)
            let metrics = try #require(written.runs[Self.runName])
            #expect(written.runs.count == 1 && written.tolerance == 0)
            #expect(metrics["fold1.mpq"] == 0.30371467348617587)
            #expect(metrics["fold2.per_class[4]"] == 0.1430393971936031)
            #expect(metrics["across_folds.bpq_std_ddof1"] == 0.019797043317998142)
            #expect(!metrics.keys.contains { $0.contains("per_image") })

            let outcome = try RegressionCheck.run(baselinePath: baseline, storePath: store)
            #expect(outcome.passed)
            #expect(outcome.comparisons.count == metrics.count)
            #expect(outcome.comparisons.allSatisfy { $0.status == .equal && $0.difference == 0 })
            #expect(outcome.table.contains("| \(Self.runName) | `fold1.mpq` | 0.30371467348617587 |"))
            #expect(
                outcome.table.hasSuffix(
                    "PASS (tolerance 0.0): 0 regressions (0 regressed, 0 missing), "
                        + "0 improved, \(metrics.count) equal, 0 within tolerance, 0 not in baseline"))
        }
    }

    @Test func updatingAgainWritesTheSameBytes() throws {
        try Self.withBaseline { store, baseline in
            let first = try String(contentsOfFile: baseline, encoding: .utf8)
            try RegressionCheck.update(baselinePath: baseline, storePath: store)
            #expect(try String(contentsOfFile: baseline, encoding: .utf8) == first)
            #expect(first.hasPrefix("{\n  \"version\": 1,\n  \"tolerance\": 0.0,\n  \"runs\": {\n"))
        }
    }

    @Test func theRecomputedReportEqualsTheEvaluationsReport() throws {
        try PanNukeEvaluationTests.withPublishedLayout { data, pred, store in
            var request = PanNukeEvaluationTests.request(data: data, pred: pred, store: store, folds: [2, 3])
            request.explain = false
            request.protocol = .cellvit
            let outcome = try PanNukeEvaluation.run(request)
            let report = try StoredRunReport.report(ofRunNamed: outcome.runName, in: try ResultsStore.open(path: store))
            #expect(report?.rendered == outcome.report.rendered)
            #expect(try StoredRunReport.report(ofRunNamed: "absent", in: try ResultsStore.open(path: store)) == nil)
        }
    }

    @Test func anImprovementFailsTheExactGate() throws {
        try Self.withBaseline { store, baseline in
            try Self.edit("fold1.mpq", of: baseline) { $0 - 1e-12 }
            let outcome = try RegressionCheck.run(baselinePath: baseline, storePath: store, exact: true)
            #expect(!outcome.passed)
            #expect(outcome.regressions.map(\.path) == ["fold1.mpq"])
            #expect(outcome.table.contains("| `fold1.mpq` | 0.3037146734851759 | 0.30371467348617587 |"))
            #expect(outcome.table.contains("| **improved** |"))
            #expect(outcome.table.hasSuffix("within tolerance, 0 not in baseline"))
            #expect(
                outcome.table.contains(
                    "FAIL (tolerance 0.0, exact): 1 regressions (0 regressed, 0 missing, 1 improved)"))
        }
    }

    @Test func aBaselineLoweredBelowOursIsAnImprovement() throws {
        try Self.withBaseline { store, baseline in
            try Self.edit("fold1.mpq", of: baseline) { $0 - 1e-12 }
            let outcome = try RegressionCheck.run(baselinePath: baseline, storePath: store, tolerance: 0)
            #expect(outcome.passed)
            #expect(outcome.comparisons.filter { $0.status != .equal }.map(\.path) == ["fold1.mpq"])
            #expect(outcome.comparisons.first { $0.path == "fold1.mpq" }?.status == .improved)
        }
    }

    @Test func aBaselineRaisedAboveOursIsARegressionUnlessTheToleranceCoversIt() throws {
        try Self.withBaseline { store, baseline in
            try Self.edit("fold2.bpq", of: baseline) { $0 + 1e-9 }
            let failed = try RegressionCheck.run(baselinePath: baseline, storePath: store)
            #expect(!failed.passed)
            #expect(failed.regressions.map(\.path) == ["fold2.bpq"])
            #expect(failed.regressions.first?.status == .regressed)
            #expect(failed.table.contains("| **regressed** |"))
            #expect(failed.table.contains("FAIL (tolerance 0.0): 1 regressions (1 regressed, 0 missing)"))

            let tolerated = try RegressionCheck.run(baselinePath: baseline, storePath: store, tolerance: 1e-6)
            #expect(tolerated.passed)
            #expect(tolerated.comparisons.first { $0.path == "fold2.bpq" }?.status == .withinTolerance)

            try RegressionCheck.update(baselinePath: baseline, storePath: store, tolerance: 1e-6)
            #expect(try RegressionBaseline.read(path: baseline).tolerance == 1e-6)
        }
    }

    @Test func aMetricOurReportLacksIsARegressionAndOneTheBaselineLacksIsListed() throws {
        try Self.withBaseline { store, baseline in
            var edited = try RegressionBaseline.read(path: baseline)
            edited.runs[Self.runName]?["fold1.per_image[4].mpq"] = 0.5
            edited.runs[Self.runName]?["fold4.mpq"] = 0.5
            edited.runs[Self.runName]?["fold3.bpq"] = nil
            try Data(edited.rendered.utf8).write(to: URL(fileURLWithPath: baseline))
            let outcome = try RegressionCheck.run(baselinePath: baseline, storePath: store)
            #expect(outcome.regressions.map(\.path) == ["fold1.per_image[4].mpq", "fold4.mpq"])
            #expect(outcome.regressions.allSatisfy { $0.status == .missing && $0.ours == nil })
            let unlisted = outcome.comparisons.filter { $0.status == .notInBaseline }
            #expect(unlisted.map(\.path) == ["fold3.bpq"])
            #expect(unlisted.first?.ours == 0.3945991443728424)
        }
    }

    @Test func aBaselineRunTheStoreLacksIsInvalidInput() throws {
        try Self.withBaseline { store, baseline in
            var edited = try RegressionBaseline.read(path: baseline)
            edited.runs["no-such-run"] = ["fold1.mpq": 0.3]
            try Data(edited.rendered.utf8).write(to: URL(fileURLWithPath: baseline))
            #expect {
                try RegressionCheck.run(baselinePath: baseline, storePath: store)
            } throws: { error in
                let input = error as? InputError
                return input?.file == baseline && input?.message.contains("'no-such-run'") == true
            }
        }
    }

    @Test func aMissingStoreIsInvalidInputAndIsNotCreated() throws {
        try Self.withBaseline { store, baseline in
            let absent = store + ".absent"
            #expect { try RegressionCheck.run(baselinePath: baseline, storePath: absent) } throws: {
                ($0 as? InputError)?.file == absent
            }
            #expect(!FileManager.default.fileExists(atPath: absent))
        }
    }

    @Test func malformedBaselineJSONIsAnInputErrorNamingTheFile() throws {
        try Self.withBaseline { store, baseline in
            try Data("{\"version\": 1, \"runs\": {".utf8).write(to: URL(fileURLWithPath: baseline))
            #expect { try RegressionCheck.run(baselinePath: baseline, storePath: store) } throws: {
                ($0 as? InputError)?.file == baseline
            }
            #expect { try RegressionCheck.update(baselinePath: baseline, storePath: store) } throws: {
                ($0 as? InputError)?.file == baseline
            }
        }
    }
}
