import Foundation
import NucBench
import Testing

/// `PaperReport`: the fixture folds' run beside the paper's Tables 1 and 3, checked against golden text.
@Suite struct PaperReportTests {
    /// The paper's tables, from the package's `Baselines/paper`.
    static func baseline() throws -> PaperBaseline {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        return try PaperBaseline.load(directory: root.appendingPathComponent("Baselines/paper").path, tables: 1...3)
    }

    /// Evaluates the three fixture folds into a temporary store and reports the run from the store.
    static func withFixtureReport(_ body: (PaperReport, PanNukeEvaluationOutcome) throws -> Void) throws {
        try PanNukeEvaluationTests.withPublishedLayout { data, pred, store in
            let request = PanNukeEvaluationTests.request(data: data, pred: pred, store: store)
            let evaluated = try PanNukeEvaluation.run(request)
            let outcome = try PaperReport.evaluationOutcome(ofRun: evaluated.runName, storePath: store)
            #expect(outcome.report == evaluated.report)
            try body(try PaperReport(outcome: outcome, baseline: try baseline()), outcome)
        }
    }

    /// Compares text with `Golden/<name>`; with `NUCBENCH_RECORD_GOLDEN=1` records it and fails.
    static func expectGolden(_ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation)
        throws
    {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/\(name)")
        if ProcessInfo.processInfo.environment["NUCBENCH_RECORD_GOLDEN"] == "1" {
            try Data(text.utf8).write(to: url)
            Issue.record(
                "recorded \(url.path); review it and run again without NUCBENCH_RECORD_GOLDEN",
                sourceLocation: sourceLocation)
            return
        }
        let golden = try String(contentsOf: url, encoding: .utf8)
        #expect(
            text == golden, "differs from \(url.path); re-record with NUCBENCH_RECORD_GOLDEN=1",
            sourceLocation: sourceLocation)
    }
}

extension PaperReportTests {
    @Test func tablesEqualTheirGoldenFiles() throws {
        try Self.withFixtureReport { report, _ in
            for file in report.files {
                try Self.expectGolden(file.text, named: "PaperReportTests.\(file.name)")
            }
        }
    }

    @Test func averageRowsHoldThePaperAndTheFoldMean() throws {
        try Self.withFixtureReport { report, outcome in
            let average = try #require(report.table1.cell(row: "Average", metric: "bPQ"))
            #expect(average.paper.value?.text == "0.6924")
            let mean = try #require(outcome.acrossFolds?.binaryPQ.mean.value)
            #expect(average.ours.value == mean)
            #expect(report.markdown(report.table1).contains("| Average | 0.6924 | \(String(format: "%.4f", mean)) | "))
            let std = try #require(report.table1.cell(row: "Std", metric: "mPQ"))
            #expect(std.ours.value == outcome.acrossFolds?.multiClassPQ.populationStandardDeviation.value)
            #expect(std.oursAlternative?.value == outcome.acrossFolds?.multiClassPQ.sampleStandardDeviation.value)
        }
    }

    @Test func tablesFollowThePapersOrderAndMapClassesByName() throws {
        try Self.withFixtureReport { report, outcome in
            #expect(report.table1.rows.first == "Adrenal")
            #expect(report.table1.rows.suffix(3) == ["Uterus", "Average", "Std"])
            #expect(report.table1.rows.count == 21)
            #expect(report.table3.rows == ["Neoplastic", "Epithelial", "Inflammatory", "Connective", "Dead"])
            let epithelial = try #require(report.table3.cell(row: "Epithelial", metric: "PQ"))
            #expect(epithelial.paper.value?.text == "0.582")
            let perFold = (1...3).compactMap { outcome.report["fold\($0)"]?["per_class"]?.elements?[4].double }
            #expect(epithelial.ours.value == NumpySummation.mean(perFold).value)
        }
    }

    @Test func undefinedValuesPrintNotAvailableWithAReason() throws {
        try Self.withFixtureReport { report, _ in
            let undefined = report.table1.cells.filter { $0.ours.value == nil }
            #expect(!undefined.isEmpty)
            let markdown = report.markdown(report.table1)
            #expect(markdown.contains("n/a [1]"))
            #expect(markdown.contains("- [1] ours: undefined (NaN)"))
        }
    }

    @Test func anUnknownPaperMethodIsRefused() throws {
        try Self.withFixtureReport { _, outcome in
            #expect(throws: InputError.self) {
                try PaperReport(outcome: outcome, baseline: try Self.baseline(), paperMethod: "No-Such-Net")
            }
        }
    }

    @Test func anUnknownRunIsRefused() throws {
        try withTemporaryStore { store in
            #expect(throws: InputError.self) { try PaperReport.evaluationOutcome(ofRun: "missing", storePath: store) }
        }
    }
}
