// MARK: - Table 6: successive module steps

extension MultiRunReport {
    /// Notes comparing each filled Table 6 row with the previous filled one, on their shared
    /// images: B − A with its paired bootstrap interval, the Wilcoxon p-value and its Holm
    /// adjustment over every test of the table (the family of the ablation grid).
    ///
    /// - Parameters:
    ///   - placed: The filled rows in the paper's order.
    ///   - bootstrap: The bootstrap settings.
    /// - Returns: The notes; empty with fewer than two filled rows.
    /// - Throws: `InputError` when a run lacks the statistics of its protocol.
    static func stepNotes(_ placed: [(row: String, run: ScoredRun)], _ bootstrap: ImageBootstrap) throws -> [String] {
        guard placed.count > 1 else { return [] }
        struct Step {
            let label: String
            let outcome: Result<RunComparison, InputError>
        }
        var steps: [Step] = []
        for (earlier, later) in zip(placed, placed.dropFirst()) {
            let label = "\(later.row) vs \(earlier.row)"
            do {
                let comparison = try RunComparison(
                    first: (earlier.run.record, earlier.run.images), second: (later.run.record, later.run.images),
                    bootstrap: bootstrap)
                steps.append(Step(label: label, outcome: .success(comparison)))
            } catch let error as InputError {
                steps.append(Step(label: label, outcome: .failure(error)))
            }
        }
        let wanted = metrics.map(\.metric)
        var pValues: [Double] = []
        for case .success(let comparison) in steps.map(\.outcome) {
            for row in comparison.rows where wanted.contains(row.metric) {
                if let p = row.test.flatMap(\.pValue).value { pValues.append(p) }
            }
        }
        var adjusted = HolmAdjustment.adjusted(pValues)[...]
        var notes = [
            "Successive steps (B vs A on their shared images): B − A, its paired \(Int(bootstrap.confidence)) % "
                + "bootstrap interval, the two-sided Wilcoxon signed-rank p on per-image scores, and in parentheses "
                + "Holm's adjustment over the m = \(pValues.count) tests of this table (multiple comparisons)."
        ]
        for step in steps {
            switch step.outcome {
            case .failure(let error):
                notes.append("\(step.label): not compared: \(error.message)")
            case .success(let comparison):
                let parts = comparison.rows.filter { wanted.contains($0.metric) }.map { row -> String in
                    var text = "\(row.metric) " + (row.difference.value.map(PaperTable.signed) ?? "n/a")
                    if let interval = row.interval.value {
                        text += " [\(PaperTable.signed(interval.lower)), \(PaperTable.signed(interval.upper))]"
                    }
                    if let p = row.test.flatMap(\.pValue).value, let holm = adjusted.popFirst() {
                        text += ", p = \(RunComparison.pValueText(p)) (Holm \(RunComparison.pValueText(holm)))"
                    } else {
                        text += ", p n/a"
                    }
                    return text
                }
                notes.append(
                    "\(step.label) (\(comparison.sharedImages) shared images): " + parts.joined(separator: "; "))
            }
        }
        return notes
    }
}
