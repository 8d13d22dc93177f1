// MARK: - Tables 4, 6 and 7

extension MultiRunReport {
    /// Table 4: a row per run, `<run> (<data set>)`, beside the paper's method on that data set.
    static func table4(_ runs: [ScoredRun], baseline: PaperBaseline, method: String, _ bootstrap: ImageBootstrap)
        throws -> PaperTable
    {
        let records = baseline.rows(table: 4)
        guard records.contains(where: { $0.method == method }) else {
            throw InputError(
                "Table 4 has no method \"\(method)\"; it has "
                    + PaperReport.orderedUnique(records.map(\.method)).joined(separator: ", "))
        }
        var rows: [String] = []
        var cells: [PaperTable.Cell] = []
        for run in runs {
            let dataset = datasetLabels[run.record.dataset] ?? run.record.dataset
            let tta = run.record.options["tta"] == "on"
            let paperRow = method + (tta ? " + TTA" : "")
            let row = "\(run.record.name) (\(dataset)\(tta ? ", TTA" : ""))"
            rows.append(row)
            cells += Self.cells(row: row, run: run, metrics: metrics, bootstrap: bootstrap) { metric in
                PaperTable.paperValue(
                    baseline, table: 4, row: paperRow, column: dataset, method: method, metric: metric)
            }
        }
        var notes = [
            "Ours: \(protocols(runs)); paper: \(method) (its `+ TTA` row for runs with option tta=on).",
            "Kumar has 14 test images (test1 + test2), CPM-17 32.",
        ]
        if bootstrap.rounds > 0 { notes.append(bootstrap.declaration) }
        return PaperTable(
            number: 4, title: "Kumar and CPM-17 — \(method) (paper) vs ours",
            preamble: "Runs " + runs.map { "`\($0.record.name)`" }.joined(separator: ", ") + ";",
            rowHeader: "Run (data set)", layout: .rowsByMetric, rows: rows, metrics: metrics.map(\.label),
            cells: cells, notes: notes)
    }

    /// Table 6: the paper's module rows, each with the run placed there.
    static func table6(_ runs: [String: ScoredRun], baseline: PaperBaseline, _ bootstrap: ImageBootstrap) throws
        -> PaperTable
    {
        let records = baseline.rows(table: 6)
        let rows = PaperReport.orderedUnique(records.map(\.row))
        let method = records.first?.method ?? "PromptNucSeg-H"
        let cells = rows.flatMap { row in
            Self.cells(row: row, run: runs[row], metrics: metrics, bootstrap: bootstrap) { metric in
                PaperTable.paperValue(baseline, table: 6, row: row, column: "", method: method, metric: metric)
            }
        }
        let placed = rows.compactMap { row in runs[row].map { (row: row, run: $0) } }
        var notes = placed.map { "\($0.row): run `\($0.run.record.name)`." }
        notes.append("Ours: \(protocols(placed.map(\.run))) on CPM-17; modules from the runs' ablation.* options.")
        if bootstrap.rounds > 0 { notes.append(bootstrap.declaration) }
        notes += try stepNotes(placed, bootstrap)
        return PaperTable(
            number: 6, title: "Effect of the modules (CPM-17) — \(method) (paper) vs ours",
            preamble: "\(placed.count) of \(rows.count) settings filled;", rowHeader: "Modules",
            layout: .rowsByMetric, rows: rows, metrics: metrics.map(\.label), cells: cells, notes: notes)
    }

    /// Table 7: rows 1–9 by negative prompts at training and test time; GT (oracle) and Pred columns.
    static func table7(_ runs: [String: ScoredRun], baseline: PaperBaseline, _ bootstrap: ImageBootstrap)
        -> PaperTable
    {
        let records = baseline.rows(table: 7)
        let method = records.first?.method ?? "PromptNucSeg-H"
        let columns = ["Pred", "GT"]
        var rows: [String] = []
        var cells: [PaperTable.Cell] = []
        for row in PaperReport.orderedUnique(records.map(\.row)) {
            let counts = ["Train", "Test"].map { metric in
                baseline.value(table: 7, row: row, column: "# NP", method: method, metric: metric)?.text ?? "?"
            }
            let label = "\(row) (\(counts[0])/\(counts[1]))"
            rows.append(label)
            for column in columns {
                let labelled = metrics.map { (metric: $0.metric, label: "\(column) \($0.label)") }
                cells += Self.cells(
                    row: label, run: runs["\(row)|\(column)"], metrics: labelled, bootstrap: bootstrap
                ) { metric in
                    PaperTable.paperValue(
                        baseline, table: 7, row: row, column: column, method: method,
                        metric: String(metric.dropFirst(column.count + 1)))
                }
            }
        }
        let placed = runs.keys.sorted().compactMap { key in runs[key].map { (key: key, run: $0) } }
        let intervals = cells.filter { $0.interval != nil }.count
        var notes = placed.map {
            "Row \($0.key.replacingOccurrences(of: "|", with: ", ")): run `\($0.run.record.name)`."
        }
        notes += [
            "Rows: Table 7's row number with # NP at training/test time. GT: ground-truth centroids as prompts "
                + "(\"oracle\", option prompts=oracle); Pred: the prompter's points.",
            "Ours: \(protocols(placed.map(\.run))) on CPM-17.",
        ]
        if bootstrap.rounds > 0 {
            notes += [
                bootstrap.declaration,
                "Multiple comparisons: the \(intervals) intervals are each \(Int(bootstrap.confidence)) % on their "
                    + "own, not simultaneous; about \(100 - Int(bootstrap.confidence)) % of them may miss by chance. "
                    + "Test differences between rows with `nucbench compare` and adjust for the number of tests.",
            ]
        }
        return PaperTable(
            number: 7, title: "Effect of the number of negative prompts (CPM-17) — \(method) (paper) vs ours",
            preamble: "\(placed.count) of \(rows.count * columns.count) cells filled;",
            rowHeader: "Row (# NP train/test)",
            layout: .rowsByMetric, rows: rows,
            metrics: columns.flatMap { column in metrics.map { "\(column) \($0.label)" } }, cells: cells,
            notes: notes)
    }

    /// The row of Table 7 whose `# NP` Train and Test records equal the counts.
    static func table7Row(train: Int, test: Int, baseline: PaperBaseline) -> String? {
        let records = baseline.rows(table: 7)
        return PaperReport.orderedUnique(records.map(\.row)).first { row in
            let method = records.first { $0.row == row }?.method ?? ""
            return baseline.value(table: 7, row: row, column: "# NP", method: method, metric: "Train")?.text
                == String(train)
                && baseline.value(table: 7, row: row, column: "# NP", method: method, metric: "Test")?.text
                    == String(test)
        }
    }

    /// The protocols of some runs, in words.
    private static func protocols(_ runs: [ScoredRun]) -> String {
        let used = PaperReport.orderedUnique(runs.map(\.protocol.rawValue))
        return used.map { name in
            let reference = EvaluationProtocol(rawValue: name)
            return "protocol `\(name)` (\(reference?.revision ?? "")), \(reference?.aggregation ?? "")"
        }.joined(separator: "; ")
    }
}
