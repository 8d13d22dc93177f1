import Foundation

// MARK: - Reading runs and rendering

extension RunComparison {
    /// Compares two finished runs of a results store.
    ///
    /// - Parameters:
    ///   - firstRun: Run A's name.
    ///   - secondRun: Run B's name.
    ///   - storePath: The results store.
    ///   - bootstrap: The bootstrap settings.
    /// - Returns: The comparison.
    /// - Throws: `InputError` when a run is missing or incomplete, or the runs cannot be
    ///   compared (see `init(first:second:bootstrap:)`); `StoreError` from the store.
    public static func load(firstRun: String, secondRun: String, storePath: String, bootstrap: ImageBootstrap) throws
        -> RunComparison
    {
        let store = try ResultsStore.open(path: storePath)
        return try RunComparison(
            first: try store.completeRun(named: firstRun), second: try store.completeRun(named: secondRun),
            bootstrap: bootstrap)
    }

    /// The comparison as a GitHub-flavoured markdown delta table with its footnotes.
    ///
    /// Columns: metric, A, B, B − A, the paired bootstrap interval of B − A, the Wilcoxon
    /// p-value and the number of paired images it used. Values have 4 decimals, p-values 4
    /// significant digits.
    public var markdown: String {
        var notes = Footnotes()
        func text(_ value: MetricResult<Double>, _ format: (Double) -> String) -> String {
            switch value {
            case .success(let number): return format(number)
            case .failure(let undefined): return "n/a [\(notes.number(for: undefined.description))]"
            }
        }
        var lines = [
            "## \(secondRun) (B) vs \(firstRun) (A)", "",
            "Data set `\(dataset)`; protocol `\(`protocol`.rawValue)` (\(`protocol`.revision)); "
                + "aggregation: \(`protocol`.aggregation). Shared images: \(sharedImages) "
                + "(matched by image index and name); skipped: \(onlyFirst) only in A, \(onlySecond) only in B. "
                + "Values are recomputed on the shared images; 4 decimals.",
            "",
            "| Metric | A | B | B − A | \(Self.level(bootstrap)) % CI of B − A | Wilcoxon p | pairs |",
            "|---|---:|---:|---:|---:|---:|---:|",
        ]
        for row in rows {
            let interval: String
            switch row.interval {
            case .success(let range):
                interval = "[\(PaperTable.signed(range.lower)), \(PaperTable.signed(range.upper))]"
            case .failure(let undefined): interval = "n/a [\(notes.number(for: undefined.description))]"
            }
            let pValue: String
            switch row.test.flatMap(\.pValue) {
            case .success(let p): pValue = Self.pValueText(p)
            case .failure(let undefined): pValue = "n/a [\(notes.number(for: undefined.description))]"
            }
            lines.append(
                "| \(row.metric) | \(text(row.first, PaperTable.fixed)) | \(text(row.second, PaperTable.fixed)) | "
                    + "\(text(row.difference, PaperTable.signed)) | \(interval) | \(pValue) | \(row.pairedImages) |")
        }
        lines += [
            "",
            "- CI: paired percentile bootstrap of B − A: the same images, resampled with replacement within each "
                + "tissue × fold stratum, score both runs; \(bootstrap.rounds) rounds, seed \(bootstrap.seed).",
            "- Wilcoxon: two-sided signed-rank test of the per-image scores (scipy.stats.wilcoxon(b, a), "
                + "scipy 1.17.1 defaults) on the images where both runs have a score; pairs counts them.",
            "- \(rows.count) metrics are compared; they are not independent, and no multiple-comparison "
                + "adjustment is applied.",
        ]
        if !notes.reasonLines.isEmpty { lines += [""] + notes.reasonLines }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A p-value with 4 significant digits (`0.03125`, `1.234e-05`).
    static func pValueText(_ p: Double) -> String {
        String(format: "%.4g", p)
    }

    private static func level(_ bootstrap: ImageBootstrap) -> String {
        bootstrap.confidence == bootstrap.confidence.rounded()
            ? String(Int(bootstrap.confidence)) : String(bootstrap.confidence)
    }
}
