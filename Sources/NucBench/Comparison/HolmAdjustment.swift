/// Holm's step-down adjustment of p-values for a family of comparisons.
///
/// Holm, "A simple sequentially rejective multiple test procedure", Scand. J. Statist. 6
/// (1979) 65–70, as `statsmodels.stats.multitest.multipletests(method='holm')` computes it:
/// with the m p-values sorted ascending, the adjusted value of the k-th (1-based) is
/// `max over j ≤ k of min(1, (m − j + 1) · p_(j))`. Ties keep their input order. It controls
/// the family-wise error rate without assumptions on the dependence between the tests.
public enum HolmAdjustment {
    /// Adjusts p-values.
    ///
    /// - Parameter pValues: The family's p-values, each in [0, 1].
    /// - Returns: The adjusted p-values, in input order.
    /// - Complexity: O(m log m).
    public static func adjusted(_ pValues: [Double]) -> [Double] {
        let order = pValues.indices.sorted { (pValues[$0], $0) < (pValues[$1], $1) }
        var adjusted = [Double](repeating: 0, count: pValues.count)
        var running = 0.0
        for (rank, index) in order.enumerated() {
            running = max(running, min(1, Double(pValues.count - rank) * pValues[index]))
            adjusted[index] = running
        }
        return adjusted
    }
}
