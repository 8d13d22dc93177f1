// MARK: - Table 1: PQ per tissue

extension PaperReport {
    /// The paper's Table 1 row label of each tissue (`types.npy` names differ in spelling).
    static let tissueLabels: [String: PanNukeTissue] = [
        "Adrenal": .adrenalGland, "Bile Duct": .bileDuct, "Bladder": .bladder, "Breast": .breast,
        "Cervix": .cervix, "Colon": .colon, "Esophagus": .esophagus, "Head & Neck": .headNeck,
        "Kidney": .kidney, "Liver": .liver, "Lung": .lung, "Ovarian": .ovarian, "Pancreatic": .pancreatic,
        "Prostate": .prostate, "Skin": .skin, "Stomach": .stomach, "Testis": .testis, "Thyroid": .thyroid,
        "Uterus": .uterus,
    ]

    /// The row labels of Table 1 after the tissues.
    static let summaryRows = ["Average", "Std"]

    /// The metrics of Table 1, in the paper's order.
    static let table1Metrics = ["bPQ", "mPQ"]

    /// Builds Table 1 from the outcome and the paper's records of `method`.
    static func table1(outcome: PanNukeEvaluationOutcome, baseline: PaperBaseline, method: String) throws -> Table {
        let records = baseline.rows(table: 1)
        guard records.contains(where: { $0.method == method }) else {
            throw InputError(
                "Table 1 has no method \"\(method)\"; it has "
                    + orderedUnique(records.map(\.method)).joined(separator: ", "))
        }
        let rows = orderedUnique(records.map(\.row))
        let tissueRows = rows.filter { !summaryRows.contains($0) }
        let unknown = tissueRows.filter { tissueLabels[$0] == nil }
        guard unknown.isEmpty, tissueRows.count == PanNukeTissue.allCases.count,
            summaryRows.allSatisfy(rows.contains)
        else {
            throw InputError(
                "Table 1 rows are not the 19 PanNuke tissues, Average and Std (unknown: "
                    + unknown.joined(separator: ", ") + ")")
        }
        let spreads = [
            "bPQ": FoldSpread(outcome.folds.map(\.binaryPQ)),
            "mPQ": FoldSpread(outcome.folds.map(\.multiClassPQ)),
        ]
        var cells: [Cell] = []
        for row in tissueRows + summaryRows {
            for metric in table1Metrics {
                let paper = Table.paperValue(
                    baseline, table: 1, row: row, column: method, method: method, metric: metric)
                let spread = spreads[metric]
                switch row {
                case "Average":
                    cells.append(
                        Cell(row: row, metric: metric, paper: paper, ours: ours(spread?.mean), oursAlternative: nil))
                case "Std":
                    cells.append(
                        Cell(
                            row: row, metric: metric, paper: paper, ours: ours(spread?.populationStandardDeviation),
                            oursAlternative: ours(spread?.sampleStandardDeviation)))
                default:
                    let tissue = tissueLabels[row].flatMap { outcome.tissuesAcrossFolds?[$0] }
                    let value = metric == "bPQ" ? tissue?.binaryPQ : tissue?.multiClassPQ
                    let missing = Undefined(
                        .notANumber, "per-tissue values across folds need at least two folds; the run has one")
                    cells.append(
                        Cell(
                            row: row, metric: metric, paper: paper, ours: value ?? .failure(missing),
                            oursAlternative: nil))
                }
            }
        }
        let notes = [
            "Tissue rows: nanmean over folds of the fold's tissue value (a tissue absent from a fold is left out).",
            "Average: mean over the \(outcome.folds.count) folds of the fold bPQ/mPQ "
                + "(\(outcome.protocol.aggregation) within a fold).",
            "Std: standard deviation across folds with ddof 0 (population); the paper does not say which. "
                + "table1.csv gives ddof 1 (sample) in the column ours_ddof1.",
        ]
        return Table(
            number: 1, title: "PanNuke PQ per tissue — \(method) (paper) vs \(outcome.runName) (ours)",
            preamble: preamble(outcome), rowHeader: "Tissue", layout: .rowsByMetric, rows: tissueRows + summaryRows,
            metrics: table1Metrics, cells: cells, notes: notes)
    }

    /// Our value, or the reason a missing summary has none.
    private static func ours(_ value: MetricResult<Double>?) -> MetricResult<Double> {
        value ?? .failure(Undefined(.notANumber, "no summary across folds"))
    }

    /// The distinct strings in first-seen order.
    static func orderedUnique(_ values: [String]) -> [String] {
        var seen: Set<String> = []
        return values.filter { seen.insert($0).inserted }
    }
}
