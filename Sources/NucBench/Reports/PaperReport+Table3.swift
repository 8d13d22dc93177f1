// MARK: - Table 3: PQ per class

extension PaperReport {
    /// The paper's Table 3 column label of each class (mapped by name, not by channel: the
    /// paper prints Neoplastic, Epithelial, Inflammatory, Connective, Dead, while `masks.npy`
    /// holds channels 0 Neoplastic, 1 Inflammatory, 2 Connective, 3 Dead, 4 Epithelial).
    static let classLabels: [String: PanNukeClass] = [
        "Neoplastic": .neoplastic, "Epithelial": .epithelial, "Inflammatory": .inflammatory,
        "Connective": .connective, "Dead": .dead,
    ]

    /// Builds Table 3 from the outcome's per-fold class PQ and the paper's row of `method`.
    static func table3(outcome: PanNukeEvaluationOutcome, baseline: PaperBaseline, method: String) throws -> Table {
        let records = baseline.rows(table: 3).filter { $0.row == method }
        guard !records.isEmpty else {
            throw InputError(
                "Table 3 has no method \"\(method)\"; it has "
                    + orderedUnique(baseline.rows(table: 3).map(\.row)).joined(separator: ", "))
        }
        let columns = orderedUnique(records.map(\.column))
        guard Set(columns) == Set(classLabels.keys), columns.count == classLabels.count else {
            throw InputError(
                "Table 3 columns of \(method) are not the 5 PanNuke classes: " + columns.joined(separator: ", "))
        }
        let perFold = try classPQ(of: outcome)
        let cells = columns.map { column -> Cell in
            let channel = classLabels[column]?.rawValue ?? 0
            let ours = mean(perFold.map { $0[channel] }, folds: outcome.folds.map(\.number))
            let paper = Table.paperValue(baseline, table: 3, row: method, column: column, method: method, metric: "PQ")
            return Cell(row: column, metric: "PQ", paper: paper, ours: ours, oursAlternative: nil)
        }
        let notes = [
            "Ours: mean over the \(outcome.folds.count) folds of the fold's class PQ "
                + "(PanNuke-metrics: nanmean over the fold's images of the image class PQ).",
            "Classes are matched by name; masks.npy channels are 0 Neoplastic, 1 Inflammatory, 2 Connective, "
                + "3 Dead, 4 Epithelial.",
        ]
        return Table(
            number: 3, title: "PanNuke PQ per class — \(method) (paper) vs \(outcome.runName) (ours)",
            preamble: preamble(outcome), rowHeader: "PQ",
            layout: .labelsAsColumns(paper: "\(method) (paper)", ours: "\(outcome.runName) (ours)"), rows: columns,
            metrics: ["PQ"], cells: cells, notes: notes)
    }

    /// Each fold's five class PQs, in channel order, read back from the outcome's report.
    private static func classPQ(of outcome: PanNukeEvaluationOutcome) throws -> [[MetricResult<Double>]] {
        let foldObjects =
            outcome.folds.count > 1
            ? outcome.folds.indices.map { outcome.report["fold\($0 + 1)"] } : [outcome.report]
        return try zip(outcome.folds, foldObjects).map { fold, object in
            guard let object, let values = object["per_class"]?.elements, values.count == PanNukeClass.allCases.count
            else {
                throw InputError("the report of run \(outcome.runName) has no per-class PQ for fold \(fold.number)")
            }
            return values.enumerated().map { channel, value in
                if let number = value.double { return .success(number) }
                let field = "per_class[\(channel)]"
                let kind = object["raises"]?[field]?.text.flatMap(Undefined.Kind.init(rawValue:)) ?? .notANumber
                let reason =
                    object["reasons"]?[field]?.text ?? "undefined in the report (evaluate with --explain for why)"
                return .failure(Undefined(kind, reason))
            }
        }
    }

    /// `np.mean` over folds: an undefined fold value makes the mean undefined, naming the fold.
    private static func mean(_ values: [MetricResult<Double>], folds: [Int]) -> MetricResult<Double> {
        var numbers: [Double] = []
        for (value, fold) in zip(values, folds) {
            switch value {
            case .success(let number): numbers.append(number)
            case .failure(let undefined):
                return .failure(Undefined(undefined.kind, "fold \(fold): \(undefined.reason)"))
            }
        }
        return NumpySummation.mean(numbers)
    }
}
