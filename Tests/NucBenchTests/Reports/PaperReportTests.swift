import Foundation
import NucBench
import Testing

/// `PaperReport`: the fixture folds' run beside the paper's Tables 1–3, checked against golden text.
@Suite struct PaperReportTests {
    /// The paper's tables, from the package's `Baselines/paper`.
    static func baseline() throws -> PaperBaseline {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        return try PaperBaseline.load(directory: root.appendingPathComponent("Baselines/paper").path, tables: 1...7)
    }

    /// The bootstrap of the golden files (fewer rounds than the default, to keep the suite fast).
    static let bootstrap = ImageBootstrap(rounds: 100, seed: 0)

    /// Evaluates the three fixture folds into a temporary store and reports the run from the store.
    static func withFixtureReport(_ body: (PaperReport, PanNukeEvaluationOutcome) throws -> Void) throws {
        try PanNukeEvaluationTests.withPublishedLayout { data, pred, store in
            let request = PanNukeEvaluationTests.request(data: data, pred: pred, store: store)
            let evaluated = try PanNukeEvaluation.run(request)
            let outcome = try PaperReport.evaluationOutcome(ofRun: evaluated.runName, storePath: store)
            #expect(outcome.report == evaluated.report)
            let images = try ResultsStore.open(path: store).completeRun(named: evaluated.runName).images
            let report = try PaperReport(
                outcome: outcome, baseline: try baseline(), images: images, bootstrap: Self.bootstrap)
            try body(report, outcome)
        }
    }
}

extension PaperReportTests {
    @Test func tablesEqualTheirGoldenFiles() throws {
        try Self.withFixtureReport { report, _ in
            for file in report.files {
                try ReportTestSupport.expectGolden(file.text, named: "PaperReportTests.\(file.name)")
            }
        }
    }

    @Test func averageRowsHoldThePaperAndTheFoldMean() throws {
        try Self.withFixtureReport { report, outcome in
            let average = try #require(report.table1.cell(row: "Average", metric: "bPQ"))
            #expect(average.paper.value?.text == "0.6924")
            let mean = try #require(outcome.acrossFolds?.binaryPQ.mean.value)
            #expect(average.ours.value == mean)
            #expect(report.table1.markdown.contains("| Average | 0.6924 | \(String(format: "%.4f", mean)) ["))
            let interval = try #require(average.interval?.value)
            #expect(interval.lower <= interval.upper && interval.rounds == 100 && interval.seed == 0)
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
            let markdown = report.table1.markdown
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

extension PaperReportTests {
    /// One evaluation for both checks: the interval statistic of the run itself equals our
    /// values, and the seed alone determines the intervals.
    @Test func intervalsAreRecomputedFromTheStoredImagesAndSeeded() throws {
        try PanNukeEvaluationTests.withPublishedLayout { data, pred, store in
            let evaluated = try PanNukeEvaluation.run(
                PanNukeEvaluationTests.request(data: data, pred: pred, store: store))
            let outcome = try PaperReport.evaluationOutcome(ofRun: evaluated.runName, storePath: store)
            let images = try ResultsStore.open(path: store).completeRun(named: evaluated.runName).images
            let report = try PaperReport(outcome: outcome, baseline: try Self.baseline())
            let values = PaperReport.table1And3Values(of: images, protocol: .pannuke)
            var compared = 0
            for cell in report.table1.cells + report.table3.cells {
                guard let ours = cell.ours.value else { continue }
                let value = try #require(values[PaperReport.CellKey(row: cell.row, metric: cell.metric)]?.value)
                #expect(abs(value - ours) <= 1e-12, "\(cell.row) \(cell.metric)")
                compared += 1
            }
            #expect(compared == 29)

            func seeded(_ seed: UInt64) throws -> PaperReport {
                try PaperReport(
                    outcome: outcome, baseline: try Self.baseline(), images: images,
                    bootstrap: ImageBootstrap(rounds: 20, seed: seed))
            }
            #expect(try seeded(7).table1 == seeded(7).table1)
            #expect(try seeded(7).table1 != seeded(8).table1)
            #expect(try seeded(7).table1.markdown.contains("20 rounds, seed 7."))
        }
    }
}
