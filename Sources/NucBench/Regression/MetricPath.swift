/// Stable paths to the numeric leaves of a JSON report, the keys of a regression baseline.
///
/// Syntax: object keys joined by `.`, array elements as `[i]` (0-based) after their key,
/// for example `fold1.mpq`, `fold2.per_class[3]`, `across_folds.bpq_std_ddof1`,
/// `fold1.per_tissue.Colon.mpq` or `fold1.per_image[4].pq[0]`. A key containing `.`, `[`
/// or `]` cannot be written in this syntax, so its subtree is not addressable.
public enum MetricPath {
    /// Every leaf of `report` that is a number or `null`, by path, in document order.
    ///
    /// `null` (an undefined metric) maps to nil, so a baseline naming it finds the metric
    /// missing; strings and booleans are not metrics and are left out.
    ///
    /// - Parameter report: A report, for example a run's recomputed PanNuke JSON.
    /// - Returns: The leaves as (path, value) pairs.
    public static func leaves(of report: JSON) -> [(path: String, value: Double?)] {
        var leaves: [(path: String, value: Double?)] = []
        collect(report, path: "", into: &leaves)
        return leaves
    }

    /// Whether `path` is one that `RegressionCheck.update` writes: every leaf but the
    /// per-image scores (which can still be gated by writing their paths by hand).
    ///
    /// - Parameter path: A metric path.
    /// - Returns: True for a summary metric.
    public static func isSummary(_ path: String) -> Bool {
        !path.split(separator: ".").contains { $0.hasPrefix("per_image[") || $0 == "per_image" }
    }

    private static func collect(_ value: JSON, path: String, into leaves: inout [(path: String, value: Double?)]) {
        switch value {
        case .number:
            leaves.append((path, value.double))
        case .null:
            leaves.append((path, nil))
        case .array(let elements):
            for (index, element) in elements.enumerated() {
                collect(element, path: "\(path)[\(index)]", into: &leaves)
            }
        case .object(let members):
            for member in members where !member.key.contains(where: { ".[]".contains($0) }) {
                collect(member.value, path: path.isEmpty ? member.key : "\(path).\(member.key)", into: &leaves)
            }
        case .bool, .string:
            return
        }
    }
}
