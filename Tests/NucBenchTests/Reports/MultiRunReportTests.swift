import Foundation
import NucBench
import Testing

/// `MultiRunReport` and `PaperReportSet`: Kumar and CPM-17 runs in Tables 4, 6 and 7, from a store.
@Suite struct MultiRunReportTests {
    static let bootstrap = ImageBootstrap(rounds: 50, seed: 0)

    /// The runs of the golden tables: two plain runs, four ablation runs and one excluded run.
    static let runs: [(record: RunRecord, images: [ImageStatistics])] = [
        (ReportTestSupport.record("kumar-h", dataset: "kumar"), ReportTestSupport.images(count: 14, level: 2)),
        (
            ReportTestSupport.record("cpm17-h-tta", dataset: "cpm17", options: ["tta": "on"]),
            ReportTestSupport.images(count: 32, level: 6)
        ),
        (
            ReportTestSupport.record("cpm17-none", dataset: "cpm17", options: ReportTestSupport.ablation(modules: 0)),
            ReportTestSupport.images(count: 32, level: -12)
        ),
        (
            ReportTestSupport.record("cpm17-ft", dataset: "cpm17", options: ReportTestSupport.ablation(modules: 1)),
            ReportTestSupport.images(count: 32, level: 3)
        ),
        (
            ReportTestSupport.record(
                "cpm17-ft-aux-mapf", dataset: "cpm17",
                options: ReportTestSupport.ablation(modules: 3, train: 0, test: 0, prompts: "predicted")),
            ReportTestSupport.images(count: 32, level: 5)
        ),
        (
            ReportTestSupport.record(
                "cpm17-oracle-1-1", dataset: "cpm17",
                options: ReportTestSupport.ablation(modules: 4, train: 1, test: 1, prompts: "oracle")),
            ReportTestSupport.images(count: 32, level: 9)
        ),
        (
            ReportTestSupport.record(
                "kumar-ablation", dataset: "kumar", options: ReportTestSupport.ablation(modules: 2)),
            ReportTestSupport.images(count: 14, level: 1)
        ),
    ]

    /// The runs stored in a temporary store, reported together.
    static func withReportSet(_ body: (PaperReportSet, String) throws -> Void) throws {
        try withTemporaryStore { path in
            for run in runs { try ReportTestSupport.store(run.record, images: run.images, at: path) }
            let reports = try PaperReportSet(
                runs: runs.map(\.record.name), storePath: path, baseline: try PaperReportTests.baseline(),
                paperMethod: "PromptNucSeg-H", bootstrap: bootstrap)
            try body(reports, path)
        }
    }
}

extension MultiRunReportTests {
    @Test func tablesEqualTheirGoldenFiles() throws {
        try Self.withReportSet { reports, _ in
            let multiRun = try #require(reports.multiRun)
            #expect(multiRun.tables.map(\.number) == [4, 6, 7])
            for file in multiRun.files {
                try ReportTestSupport.expectGolden(file.text, named: "MultiRunReportTests.\(file.name)")
            }
        }
    }

    @Test func runsArePlacedByTheirOptions() throws {
        try Self.withReportSet { reports, _ in
            let multiRun = try #require(reports.multiRun)
            #expect(try #require(multiRun.table4).rows == ["kumar-h (Kumar)", "cpm17-h-tta (CPM-17, TTA)"])
            let tta = try #require(multiRun.table4?.cell(row: "cpm17-h-tta (CPM-17, TTA)", metric: "AJI"))
            #expect(tta.paper.value?.text == "0.743")
            let table6 = try #require(multiRun.table6)
            #expect(table6.cell(row: "FT", metric: "PQ")?.ours.value != nil)
            #expect(
                table6.cell(row: "FT+AUX", metric: "PQ")?.ours.undefined?.reason == "no run given with this setting")
            let table7 = try #require(multiRun.table7)
            #expect(table7.cell(row: "1 (0/0)", metric: "Pred AJI")?.ours.value != nil)
            #expect(table7.cell(row: "5 (1/1)", metric: "GT PQ")?.paper.value?.text == "0.790")
            #expect(table7.cell(row: "5 (1/1)", metric: "GT PQ")?.ours.value != nil)
            #expect(reports.excluded.map(\.run) == ["kumar-ablation"])
            #expect(table6.notes.contains { $0.contains("m = 4 tests") })
        }
    }

    @Test func oursIsTheRunsPromptNucSegHeadline() throws {
        try Self.withReportSet { reports, _ in
            let run = Self.runs[0]
            let scores = try RunScores(statistics: run.images, protocol: .promptnucseg)
            let cell = try #require(reports.multiRun?.table4?.cell(row: "kumar-h (Kumar)", metric: "PQ"))
            #expect(cell.ours.value == scores.headline(.pq)?.value.value)
            let interval = try #require(cell.interval?.value)
            #expect(interval.lower <= (cell.ours.value ?? 0) && (cell.ours.value ?? 0) <= interval.upper)
        }
    }

    @Test func twoRunsInOneCellAreRefused() throws {
        try withTemporaryStore { path in
            let options = ReportTestSupport.ablation(modules: 1)
            for name in ["ft-a", "ft-b"] {
                try ReportTestSupport.store(
                    ReportTestSupport.record(name, dataset: "cpm17", options: options),
                    images: ReportTestSupport.images(count: 4, level: 0), at: path)
            }
            #expect(throws: InputError("runs \"ft-a\" and \"ft-b\" both fill Table 6 FT; report one of them")) {
                try PaperReportSet(
                    runs: ["ft-a", "ft-b"], storePath: path, baseline: try PaperReportTests.baseline(),
                    paperMethod: "PromptNucSeg-H", bootstrap: ImageBootstrap(rounds: 0))
            }
        }
    }

    @Test func runsThatFillNoTableAreAnError() throws {
        try withTemporaryStore { path in
            try ReportTestSupport.store(
                ReportTestSupport.record("k", dataset: "kumar", options: ReportTestSupport.ablation(modules: 1)),
                images: ReportTestSupport.images(count: 4, level: 0), at: path)
            #expect(
                throws: InputError(
                    "the runs fill none of the paper's Tables 1–4, 6, 7: k: ablation Tables 6 and 7 are on CPM-17; "
                        + "the run scored Kumar")
            ) {
                try PaperReportSet(
                    runs: ["k"], storePath: path, baseline: try PaperReportTests.baseline(),
                    paperMethod: "PromptNucSeg-H", bootstrap: ImageBootstrap(rounds: 0))
            }
        }
    }

    @Test func outputsGoToTheirFolders() throws {
        try Self.withReportSet { reports, _ in
            let outputs = reports.outputs(out: "out")
            #expect(outputs.map(\.directory) == ["out"])
            #expect(
                outputs.first?.files.map(\.name) == [
                    "table4.md", "table4.csv", "table6.md", "table6.csv", "table7.md", "table7.csv",
                ])
            #expect(reports.outputs(out: nil).map(\.directory) == ["Reports"])
        }
    }
}
