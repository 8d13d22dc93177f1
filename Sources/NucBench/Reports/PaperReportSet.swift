/// The paper's tables that a set of stored runs can fill: Tables 1–3 for each PanNuke run, and
/// Tables 4, 6 and 7 for the Kumar and CPM-17 runs together.
///
/// Output layout (`outputs(out:)`): a PanNuke run's tables go to `DIR/<run>/` (or `DIR` itself
/// when it is the only run), default `Reports/<run>`; Tables 4, 6 and 7 go to `DIR`, default
/// `Reports/<run>` for a single run and `Reports` otherwise.
public struct PaperReportSet: Sendable {
    /// Each PanNuke run's report, in the order the runs were named.
    public let panNuke: [PaperReport]
    /// The Kumar and CPM-17 runs' report, when any such run was named.
    public let multiRun: MultiRunReport?
    /// The names of the runs, in the order given.
    public let runNames: [String]

    /// Reads runs from a store and builds every table they fill.
    ///
    /// - Parameters:
    ///   - runs: Run names.
    ///   - storePath: The results store.
    ///   - baseline: The paper's Tables 1–7.
    ///   - paperMethod: The paper's method of Tables 1–4.
    ///   - bootstrap: The bootstrap settings.
    /// - Throws: `InputError` when a run is missing or incomplete, no run fills a table, or a
    ///   table cannot be built (see `PaperReport` and `MultiRunReport`); `StoreError` from the store.
    public init(
        runs: [String], storePath: String, baseline: PaperBaseline, paperMethod: String, bootstrap: ImageBootstrap
    ) throws {
        let store = try ResultsStore.open(path: storePath)
        var panNuke: [PaperReport] = []
        var others: [(record: RunRecord, images: [ImageStatistics])] = []
        for name in runs {
            let run = try store.completeRun(named: name)
            if run.record.dataset == "pannuke" {
                let outcome = try PaperReport.evaluationOutcome(ofRun: name, storePath: storePath)
                panNuke.append(
                    try PaperReport(
                        outcome: outcome, baseline: baseline, paperMethod: paperMethod, images: run.images,
                        bootstrap: bootstrap))
            } else {
                others.append(run)
            }
        }
        let multiRun =
            others.isEmpty
            ? nil
            : try MultiRunReport(runs: others, baseline: baseline, paperMethod: paperMethod, bootstrap: bootstrap)
        if panNuke.isEmpty, multiRun?.tables.isEmpty ?? true {
            let reasons = multiRun?.excluded.map { "\($0.run): \($0.reason)" } ?? []
            throw InputError("the runs fill none of the paper's Tables 1–4, 6, 7: " + reasons.joined(separator: "; "))
        }
        self.panNuke = panNuke
        self.multiRun = multiRun
        runNames = runs
    }

    /// Runs that fill no table, with the reason.
    public var excluded: [(run: String, reason: String)] {
        multiRun?.excluded ?? []
    }

    /// Every table, PanNuke runs' first (in run order), then Tables 4, 6 and 7.
    public var tables: [PaperTable] {
        panNuke.flatMap(\.tables) + (multiRun?.tables ?? [])
    }

    /// The folders and files to write.
    ///
    /// - Parameter out: The `--out` folder, or nil for the defaults.
    /// - Returns: Each folder with its files, in `tables` order.
    public func outputs(out: String?) -> [(directory: String, files: [(name: String, text: String)])] {
        let single = runNames.count == 1
        var outputs = panNuke.map { report in
            (
                directory: out.map { single ? $0 : "\($0)/\(report.runName)" } ?? "Reports/\(report.runName)",
                files: report.files
            )
        }
        if let multiRun, !multiRun.tables.isEmpty {
            let directory = out ?? (single ? "Reports/\(runNames[0])" : "Reports")
            outputs.append((directory: directory, files: multiRun.files))
        }
        return outputs
    }

    /// Writes every output.
    ///
    /// - Parameter out: The `--out` folder, or nil for the defaults.
    /// - Returns: The paths written.
    /// - Throws: `InputError` naming a path that cannot be created or written.
    @discardableResult
    public func write(out: String?) throws -> [String] {
        try outputs(out: out).flatMap { try ReportFiles.write($0.files, to: $0.directory) }
    }
}
