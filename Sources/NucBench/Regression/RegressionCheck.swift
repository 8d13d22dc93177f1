import Foundation

/// The CI score gate: compares the runs of a results store with a committed baseline.
///
/// Each run the baseline names is recomputed from its stored rows (`StoredRunReport`), and
/// every baseline metric is compared with ours (`MetricComparison`): a value lower than
/// baseline − tolerance, or absent from our report, is a regression. Summary metrics the
/// baseline lacks are listed as not gated.
public enum RegressionCheck {
    /// Compares the store's runs with the baseline.
    ///
    /// - Parameters:
    ///   - baselinePath: The baseline file (see `RegressionBaseline`).
    ///   - storePath: The results store.
    ///   - tolerance: The largest accepted drop; nil for the baseline file's.
    ///   - exact: Whether an improvement fails too.
    /// - Returns: Every comparison; `passed` is false when anything regressed (or, with `exact`,
    ///   improved).
    /// - Throws: `InputError` for a malformed baseline, a missing store, or a baseline run
    ///   the store lacks or cannot recompute; `StoreError` from the store.
    public static func run(baselinePath: String, storePath: String, tolerance: Double? = nil, exact: Bool = false)
        throws -> RegressionOutcome
    {
        let baseline = try RegressionBaseline.read(path: baselinePath)
        let gate = tolerance ?? baseline.tolerance
        let store = try openExisting(storePath)
        var comparisons: [MetricComparison] = []
        for (name, metrics) in baseline.runs.sorted(by: { $0.key < $1.key }) {
            let leaves = try leaves(ofRunNamed: name, in: store, namedBy: baselinePath)
            let ours = Dictionary(leaves.map { ($0.path, $0.value) }) { first, _ in first }
            let known = Set(leaves.map(\.path))
            let inReportOrder = leaves.map(\.path).filter { metrics[$0] != nil }
            let unknown = metrics.keys.filter { !known.contains($0) }.sorted()
            for path in inReportOrder + unknown {
                comparisons.append(
                    MetricComparison(
                        run: name, path: path, baseline: metrics[path], ours: ours[path] ?? nil, tolerance: gate))
            }
            for leaf in leaves where metrics[leaf.path] == nil && leaf.value != nil && MetricPath.isSummary(leaf.path) {
                comparisons.append(
                    MetricComparison(run: name, path: leaf.path, baseline: nil, ours: leaf.value, tolerance: gate))
            }
        }
        return RegressionOutcome(tolerance: gate, exact: exact, comparisons: comparisons)
    }

    /// Writes a new baseline from the store's current runs.
    ///
    /// The runs are those the existing baseline names, or every complete run of the store when
    /// the file does not exist yet; each gets every defined summary metric of its
    /// recomputed report (`MetricPath.isSummary`). The tolerance is `tolerance`, else the
    /// existing file's, else 0.
    ///
    /// - Parameters:
    ///   - baselinePath: The baseline file to (over)write.
    ///   - storePath: The results store.
    ///   - tolerance: The tolerance to record; nil to keep the existing one.
    /// - Returns: The baseline written.
    /// - Throws: As `run`, plus `InputError` when the file cannot be written.
    @discardableResult
    public static func update(baselinePath: String, storePath: String, tolerance: Double? = nil) throws
        -> RegressionBaseline
    {
        let existing =
            FileManager.default.fileExists(atPath: baselinePath) ? try RegressionBaseline.read(path: baselinePath) : nil
        let store = try openExisting(storePath)
        let names =
            try existing.map { Array($0.runs.keys) }
            ?? store.runs().filter { $0.status == .complete }.map(\.record.name)
        var runs: [String: [String: Double]] = [:]
        for name in names {
            var metrics: [String: Double] = [:]
            for leaf in try leaves(ofRunNamed: name, in: store, namedBy: baselinePath)
            where MetricPath.isSummary(leaf.path) {
                if let value = leaf.value { metrics[leaf.path] = value }
            }
            runs[name] = metrics
        }
        let baseline = RegressionBaseline(tolerance: tolerance ?? existing?.tolerance ?? 0, runs: runs)
        do {
            try Data(baseline.rendered.utf8).write(to: URL(fileURLWithPath: baselinePath), options: .atomic)
        } catch {
            throw InputError("cannot write the baseline: \(error.localizedDescription)", file: baselinePath)
        }
        return baseline
    }

    /// Opens a store that must already exist (opening creates missing files).
    private static func openExisting(_ path: String) throws -> ResultsStore {
        guard FileManager.default.fileExists(atPath: path) else {
            throw InputError("no results store here; run `nucbench eval` first", file: path)
        }
        return try ResultsStore.open(path: path)
    }

    /// The numeric leaves of a run's recomputed report.
    private static func leaves(ofRunNamed name: String, in store: ResultsStore, namedBy baselinePath: String) throws
        -> [(path: String, value: Double?)]
    {
        guard let report = try StoredRunReport.report(ofRunNamed: name, in: store) else {
            throw InputError("run '\(name)' is not in the results store \(store.path)", file: baselinePath)
        }
        return MetricPath.leaves(of: report)
    }
}
