/// PromptNucSeg's prompter table: "Det" and per-class precision, recall and F1, and the "Cls" means.
///
/// Reference: windygoo/PromptNucSeg 4afbf26 `prompter/engine.py` `evaluate`
/// (promptnucseg spec §6.5): P = TP / (#pred + 1e-7), R = TP / (#GT + 1e-7),
/// F1 = 2·R·P / (P + R + 1e-7), on counts pooled over the test set; "Cls" is the mean
/// over classes of P, of R and of F1. Empty-input rule: the 1e-7 terms make every
/// value defined (0 for a category without points); only the means of an empty class
/// list are undefined. The reference evaluates these formulas on float32 tensors and
/// prints percentages rounded to two decimals; nucbench evaluates them in double
/// precision, which agrees at the printed precision.
public struct PromptNucSegDetectionScores: Hashable, Sendable {
    /// Precision, recall and F1 of one category.
    public struct Scores: Hashable, Sendable {
        /// `TP / (#pred + 1e-7)`.
        public let precision: Double
        /// `TP / (#GT + 1e-7)`.
        public let recall: Double
        /// `2·R·P / (P + R + 1e-7)`.
        public let f1: Double

        /// Scores one tally.
        ///
        /// - Parameter tally: Matched, predicted and ground-truth counts.
        public init(_ tally: PromptNucSegDetectionCounts.Tally) {
            let epsilon = 1e-7
            let precision = Double(tally.matched) / (Double(tally.predictions) + epsilon)
            let recall = Double(tally.matched) / (Double(tally.groundTruth) + epsilon)
            self.precision = precision
            self.recall = recall
            f1 = (2 * recall * precision) / (precision + recall + epsilon)
        }
    }

    /// Class-agnostic scores ("Det").
    public let detection: Scores
    /// The scored classes, in order.
    public let classes: [Int]
    /// Scores of each entry of ``classes``.
    public let perClass: [Scores]
    /// Mean of the per-class precisions ("Cls" P).
    public let meanClassPrecision: MetricResult<Double>
    /// Mean of the per-class recalls ("Cls" R).
    public let meanClassRecall: MetricResult<Double>
    /// Mean of the per-class F1 scores ("Cls" F1; the reference's checkpoint criterion).
    public let meanClassF1: MetricResult<Double>

    /// Scores pooled counts.
    ///
    /// - Parameters:
    ///   - counts: Counts pooled over all images.
    ///   - classes: The classes of the table (PromptNucSeg: `0..<num_classes`); a class
    ///     without points scores 0.
    public init(counts: PromptNucSegDetectionCounts, classes: [Int]) {
        detection = Scores(counts.detection)
        self.classes = classes
        perClass = classes.map { Scores(counts.perClass[$0] ?? .zero) }
        meanClassPrecision = NumpySummation.mean(perClass.map(\.precision))
        meanClassRecall = NumpySummation.mean(perClass.map(\.recall))
        meanClassF1 = NumpySummation.mean(perClass.map(\.f1))
    }
}
