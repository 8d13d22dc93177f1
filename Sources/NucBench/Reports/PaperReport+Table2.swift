// MARK: - Table 2: detection and classification P, R, F1

extension PaperReport {
    /// The row labels of Table 2's categories: `Detection`, then the classes in the paper's order.
    static let table2Rows = ["Detection", "Neoplastic", "Epithelial", "Inflammatory", "Connective", "Dead"]

    /// The metrics of Table 2, in the paper's order.
    static let table2Metrics = ["P", "R", "F1"]

    /// Table 2's spelling of a method (it prints `PromptNucSeg` where Tables 1 and 3 print `PromptNucSeg-H`).
    static func table2Method(_ method: String, baseline: PaperBaseline) -> String {
        let methods = Set(baseline.rows(table: 2).map(\.method))
        if !methods.contains(method), method.hasPrefix("PromptNucSeg"), methods.contains("PromptNucSeg") {
            return "PromptNucSeg"
        }
        return method
    }

    /// Table 2's values of some images: per fold, the prompter tallies pooled over the fold's
    /// images and scored as PromptNucSeg's `prompter/engine.py` does; then the mean over folds.
    ///
    /// - Parameter images: The images (a bootstrap replicate or the run).
    /// - Returns: The values by cell.
    static func table2Values(of images: [ImageStatistics]) -> [CellKey: MetricResult<Double>] {
        var folds: [Int?] = []
        for fold in images.map(\.fold) where !folds.contains(fold) { folds.append(fold) }
        let classes = PanNukeClass.allCases.map(\.rawValue)
        let perFold = folds.map { fold in
            let counts = images.filter { $0.fold == fold }.compactMap(\.promptNucSegDetection)
                .reduce(PromptNucSegDetectionCounts.zero, +)
            return PromptNucSegDetectionScores(counts: counts, classes: classes)
        }
        var values: [CellKey: MetricResult<Double>] = [:]
        for row in table2Rows {
            let scores = perFold.map { fold -> PromptNucSegDetectionScores.Scores in
                guard let nucleusClass = classLabels[row] else { return fold.detection }
                return fold.perClass[nucleusClass.rawValue]
            }
            values[CellKey(row: row, metric: "P")] = NumpySummation.mean(scores.map(\.precision))
            values[CellKey(row: row, metric: "R")] = NumpySummation.mean(scores.map(\.recall))
            values[CellKey(row: row, metric: "F1")] = NumpySummation.mean(scores.map(\.f1))
        }
        return values
    }

    /// Builds Table 2 from the run's prompter tallies and the paper's row of `method`.
    ///
    /// - Parameters:
    ///   - images: The run's images.
    ///   - runName: The run's name.
    ///   - baseline: The paper's tables.
    ///   - method: The paper's method (`PromptNucSeg-H` is read as Table 2's `PromptNucSeg`).
    ///   - bootstrap: The bootstrap settings.
    /// - Returns: The table, or nil when no image has prompter tallies.
    /// - Throws: `InputError` when Table 2 has no such method.
    package static func table2(
        images: [ImageStatistics], runName: String, baseline: PaperBaseline, method: String,
        bootstrap: ImageBootstrap
    ) throws -> Table? {
        let tallied = images.filter { $0.promptNucSegDetection != nil }
        guard !tallied.isEmpty else { return nil }
        let method = table2Method(method, baseline: baseline)
        guard baseline.rows(table: 2).contains(where: { $0.row == method }) else {
            throw InputError(
                "Table 2 has no method \"\(method)\"; it has "
                    + orderedUnique(baseline.rows(table: 2).map(\.row)).joined(separator: ", "))
        }
        let values = table2Values(of: tallied)
        let intervals = bootstrap.intervals(of: tallied, statistics: table2Values)
        let cells = table2Rows.flatMap { row in
            table2Metrics.map { metric in
                let key = CellKey(row: row, metric: metric)
                return Cell(
                    row: row, metric: metric,
                    paper: Table.paperValue(
                        baseline, table: 2, row: method, column: row, method: method, metric: metric),
                    ours: values[key] ?? .failure(Undefined(.notANumber, "no prompter tallies")),
                    interval: bootstrap.rounds > 0 ? intervals[key] : nil)
            }
        }
        let foldCount = Set(tallied.map(\.fold)).count
        var notes = [
            "Ours: the prompter's points matched greedily by descending score to the nearest unmatched GT point "
                + "within 12 px (PromptNucSeg prompter/engine.py); per fold, counts pooled over the fold's images, "
                + "P = TP/(#pred + 1e-7), R = TP/(#GT + 1e-7), F1 = 2PR/(P + R + 1e-7); then the mean over the "
                + "\(foldCount) fold\(foldCount == 1 ? "" : "s").",
            "Classification rows match class-c points to class-c GT points only. Prompter class c is masks.npy "
                + "channel c (0 Neoplastic, 1 Inflammatory, 2 Connective, 3 Dead, 4 Epithelial).",
            "The paper's Table 2 follows HoVer-Net's matching (\"within ≈3 µm and the class matches\"); "
                + "its F1 is not always the harmonic mean of its P and R.",
        ]
        if tallied.count < images.count {
            notes.append(
                "\(images.count - tallied.count) of \(images.count) images have no prompter tallies "
                    + "and are left out.")
        }
        if bootstrap.rounds > 0 { notes.append(bootstrap.declaration) }
        return Table(
            number: 2, title: "PanNuke detection and classification — \(method) (paper) vs \(runName) (ours)",
            preamble: "Run `\(runName)`; prompter point matching (windygoo/PromptNucSeg 4afbf26); "
                + "\(tallied.count) images, \(foldCount) fold\(foldCount == 1 ? "" : "s");",
            rowHeader: "Category", layout: .rowsByMetric, rows: table2Rows, metrics: table2Metrics, cells: cells,
            notes: notes)
    }
}
