/// Kumar and CPM-17 runs beside the PromptNucSeg paper in the layouts of its Tables 4, 6 and 7.
///
/// Table 4 has one row per run that is not an ablation run (AJI and PQ beside the paper's
/// method on the run's data set); Table 6 places CPM-17 ablation runs by their modules and
/// Table 7 by their numbers of negative prompts and prompt source (`AblationSetting`). Every
/// value has a bootstrap interval; Table 6 adds paired tests between successive module steps
/// with Holm's adjustment. The paper is Shui et al., arXiv:2311.15939v4 (`Baselines/paper/`).
public struct MultiRunReport: Sendable {
    /// A run and its scores.
    struct ScoredRun: Sendable {
        /// The run's record.
        let record: RunRecord
        /// The run's images.
        let images: [ImageStatistics]
        /// The protocol the run was scored with.
        let `protocol`: EvaluationProtocol
        /// The run's AJI and PQ.
        let values: [RunMetric: MetricResult<Double>]
        /// Their bootstrap intervals.
        let intervals: [RunMetric: MetricResult<BootstrapInterval>]
    }

    /// The metrics of Tables 4, 6 and 7, with the labels the paper prints.
    static let metrics: [(metric: RunMetric, label: String)] = [(.aji, "AJI"), (.pq, "PQ")]

    /// The paper's column label of each data set.
    static let datasetLabels = ["kumar": "Kumar", "cpm17": "CPM-17"]

    /// Table 4, when a non-ablation Kumar or CPM-17 run was given.
    public let table4: PaperTable?
    /// Table 6, when a CPM-17 run has a module setting.
    public let table6: PaperTable?
    /// Table 7, when a CPM-17 run has negative-prompt counts and a prompt source.
    public let table7: PaperTable?
    /// Runs that fill no table, with the reason.
    public let excluded: [(run: String, reason: String)]

    /// Places runs in Tables 4, 6 and 7 and scores them.
    ///
    /// - Parameters:
    ///   - runs: Finished Kumar or CPM-17 runs (records and images).
    ///   - baseline: The paper's tables; Tables 4, 6 and 7 are used.
    ///   - paperMethod: The paper's method of Table 4 (a run with option `tta` = `on` is
    ///     compared with its `+ TTA` row).
    ///   - bootstrap: The bootstrap settings.
    /// - Throws: `InputError` when Table 4 lacks the method, two runs fill the same cell, a run's
    ///   ablation options are malformed, or a run lacks the statistics its protocol needs.
    public init(
        runs: [(record: RunRecord, images: [ImageStatistics])], baseline: PaperBaseline, paperMethod: String,
        bootstrap: ImageBootstrap
    ) throws {
        var plain: [ScoredRun] = []
        var table6Runs: [String: ScoredRun] = [:]
        var table7Runs: [String: ScoredRun] = [:]
        var excluded: [(run: String, reason: String)] = []
        for run in runs {
            let name = run.record.name
            guard let label = Self.datasetLabels[run.record.dataset] else {
                excluded.append((name, "data set \(run.record.dataset) is not Kumar or CPM-17"))
                continue
            }
            guard let reference = EvaluationProtocol(rawValue: run.record.protocolName),
                [.promptnucseg, .hovernet].contains(reference)
            else {
                excluded.append((name, "protocol \(run.record.protocolName) has no AJI and PQ"))
                continue
            }
            let scored = try Self.score(run, protocol: reference, bootstrap: bootstrap)
            let setting = try AblationSetting(options: run.record.options, run: name)
            guard setting.isAblation else {
                plain.append(scored)
                continue
            }
            guard label == "CPM-17" else {
                excluded.append((name, "ablation Tables 6 and 7 are on CPM-17; the run scored \(label)"))
                continue
            }
            var reasons: [String] = []
            switch setting.table6Row {
            case .success(let row): try Self.place(scored, at: row, in: &table6Runs, table: 6)
            case .failure(let exclusion): reasons.append("Table 6: " + exclusion.reason)
            }
            switch setting.table7Cell {
            case .success(let cell):
                guard let row = Self.table7Row(train: cell.train, test: cell.test, baseline: baseline) else {
                    reasons.append("Table 7 has no row with \(cell.train)/\(cell.test) negative prompts")
                    break
                }
                try Self.place(scored, at: "\(row)|\(cell.column)", in: &table7Runs, table: 7)
            case .failure(let exclusion): reasons.append("Table 7: " + exclusion.reason)
            }
            if reasons.count == 2 { excluded.append((name, reasons.joined(separator: "; "))) }
        }
        table4 = plain.isEmpty ? nil : try Self.table4(plain, baseline: baseline, method: paperMethod, bootstrap)
        table6 = table6Runs.isEmpty ? nil : try Self.table6(table6Runs, baseline: baseline, bootstrap)
        table7 = table7Runs.isEmpty ? nil : Self.table7(table7Runs, baseline: baseline, bootstrap)
        self.excluded = excluded
    }

    /// The report's tables in number order.
    public var tables: [PaperTable] {
        [table4, table6, table7].compactMap { $0 }
    }

    /// The files `write(to:)` creates, by name, with their text: `tableN.md` and `tableN.csv`.
    public var files: [(name: String, text: String)] {
        tables.flatMap { [("table\($0.number).md", $0.markdown), ("table\($0.number).csv", $0.csv)] }
    }

    /// Writes `files` into a directory.
    ///
    /// - Parameter directory: The folder, created as needed; existing files are replaced.
    /// - Returns: The paths written, in `files` order.
    /// - Throws: `InputError` naming the path that cannot be created or written.
    @discardableResult
    public func write(to directory: String) throws -> [String] {
        try ReportFiles.write(files, to: directory)
    }

    // MARK: - Scoring and placing

    /// AJI and PQ of a run with their bootstrap intervals.
    static func score(
        _ run: (record: RunRecord, images: [ImageStatistics]), protocol: EvaluationProtocol,
        bootstrap: ImageBootstrap
    ) throws -> ScoredRun {
        let scores = try RunScores(statistics: run.images, protocol: `protocol`)
        let wanted = Set(metrics.map(\.metric))
        let intervals = bootstrap.intervals(of: run.images) { sample in
            RunScores.wholeRunHeadlines(of: sample, protocol: `protocol`).filter { wanted.contains($0.key) }
        }
        return ScoredRun(
            record: run.record, images: run.images, protocol: `protocol`,
            values: scores.wholeRunHeadlines.filter { wanted.contains($0.key) }, intervals: intervals)
    }

    /// Puts a run at a key, refusing a second run there.
    private static func place(_ run: ScoredRun, at key: String, in runs: inout [String: ScoredRun], table: Int)
        throws
    {
        if let other = runs[key] {
            throw InputError(
                "runs \"\(other.record.name)\" and \"\(run.record.name)\" both fill Table \(table) "
                    + "\(key.replacingOccurrences(of: "|", with: " ")); report one of them")
        }
        runs[key] = run
    }

    /// The cells of one run's row, with paper values from `paper`.
    static func cells(
        row: String, run: ScoredRun?, metrics: [(metric: RunMetric, label: String)], bootstrap: ImageBootstrap,
        paper: (String) -> MetricResult<PaperBaseline.Value>
    ) -> [PaperTable.Cell] {
        metrics.map { entry in
            let missing = Undefined(.notANumber, "no run given with this setting")
            let ours = run.map { $0.values[entry.metric] ?? .failure(missing) } ?? .failure(missing)
            let interval =
                bootstrap.rounds > 0 && ours.value != nil
                ? run?.intervals[entry.metric] ?? .failure(Undefined(.indexError, "no bootstrap replicate")) : nil
            return PaperTable.Cell(
                row: row, metric: entry.label, paper: paper(entry.label), ours: ours, interval: interval)
        }
    }
}
