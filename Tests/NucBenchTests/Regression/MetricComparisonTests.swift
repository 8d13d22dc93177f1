import NucBench
import Testing

/// The verdict on one metric: higher is better, a drop beyond the tolerance or a missing value fails.
@Suite struct MetricComparisonTests {}

extension MetricComparisonTests {
    @Test(arguments: [
        (0.5, 0.5, 0.0, MetricComparison.Status.equal), (0.5, 0.6, 0.0, .improved),
        (0.5, 0.5.nextDown, 0.0, .regressed), (0.5, 0.49, 0.02, .withinTolerance), (0.5, 0.47, 0.02, .regressed),
    ])
    func verdicts(baseline: Double, ours: Double, tolerance: Double, status: MetricComparison.Status) {
        let comparison = MetricComparison(run: "r", path: "m", baseline: baseline, ours: ours, tolerance: tolerance)
        #expect(comparison.status == status)
        #expect(comparison.difference == ours - baseline)
    }

    @Test func missingValues() {
        let missing = MetricComparison(run: "r", path: "m", baseline: 0.5, ours: nil, tolerance: 1)
        #expect(missing.status == .missing && missing.status.isRegression && missing.difference == nil)
        let unlisted = MetricComparison(run: "r", path: "m", baseline: nil, ours: 0.5, tolerance: 0)
        #expect(unlisted.status == .notInBaseline && !unlisted.status.isRegression)
    }
}
