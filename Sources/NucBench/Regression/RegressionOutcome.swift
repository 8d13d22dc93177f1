import Foundation

/// The result of `RegressionCheck.run`: every compared metric and the tolerance used.
public struct RegressionOutcome: Sendable {
    /// The tolerance applied (the command line's, else the baseline file's).
    public let tolerance: Double
    /// Whether an improvement fails too (`nucbench regress --exact`): numbers may only change
    /// together with the baseline.
    public let exact: Bool
    /// Every metric, run by run in baseline-name order, paths in report order, then those
    /// the baseline lacks.
    public let comparisons: [MetricComparison]

    /// The comparisons that fail the gate: regressed or missing, and with `exact` improved.
    public var regressions: [MetricComparison] { comparisons.filter(fails) }

    /// Whether the gate passes.
    public var passed: Bool { regressions.isEmpty }

    /// A markdown table of every comparison (run, metric, baseline, ours, difference,
    /// status), then one summary line; numbers as `JSON.double` writes them.
    public var table: String {
        func text(_ value: Double?) -> String { value.map { JSON.double($0).rendered } ?? "—" }
        var lines = [
            "| run | metric | baseline | ours | difference | status |",
            "| --- | --- | ---: | ---: | ---: | --- |",
        ]
        for comparison in comparisons {
            let cells = [
                comparison.run, "`\(comparison.path)`", text(comparison.baseline), text(comparison.ours),
                text(comparison.difference),
                fails(comparison) ? "**\(comparison.status.rawValue)**" : comparison.status.rawValue,
            ]
            lines.append(
                "| " + cells.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |")
        }
        let count = { (status: MetricComparison.Status) in comparisons.filter { $0.status == status }.count }
        lines.append("")
        let improved = "\(count(.improved)) improved"
        let failing = ["\(count(.regressed)) regressed", "\(count(.missing)) missing"] + (exact ? [improved] : [])
        let passing =
            (exact ? [] : [improved]) + [
                "\(count(.equal)) equal", "\(count(.withinTolerance)) within tolerance",
                "\(count(.notInBaseline)) not in baseline",
            ]
        lines.append(
            (passed ? "PASS" : "FAIL") + " (tolerance \(text(tolerance))\(exact ? ", exact" : "")): "
                + "\(regressions.count) regressions (\(failing.joined(separator: ", "))), "
                + passing.joined(separator: ", "))
        return lines.joined(separator: "\n")
    }

    /// Whether a comparison fails the gate: it regressed or is missing, or, with `exact`, improved.
    private func fails(_ comparison: MetricComparison) -> Bool {
        comparison.status.isRegression || exact && comparison.status == .improved
    }
}
