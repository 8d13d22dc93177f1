/// One metric of one run compared with its baseline value.
///
/// Every gated metric is higher-is-better (PQ, DQ, SQ, AJI, Dice, F1 and their means).
/// Standard deviations across folds are reported like any other leaf, so gate them only
/// when a rise is welcome too.
public struct MetricComparison: Sendable, Equatable {
    /// How our value stands against the baseline.
    public enum Status: String, Sendable {
        /// Bit-identical to the baseline.
        case equal
        /// Higher than the baseline.
        case improved
        /// Lower, but by no more than the tolerance.
        case withinTolerance = "within tolerance"
        /// Lower than baseline − tolerance.
        case regressed
        /// In the baseline, but our report has no number at that path (absent or undefined).
        case missing
        /// In our report, but not in the baseline (not gated).
        case notInBaseline = "not in baseline"

        /// Whether this status fails the gate.
        public var isRegression: Bool { self == .regressed || self == .missing }
    }

    /// The run name.
    public let run: String
    /// The metric's `MetricPath`.
    public let path: String
    /// The baseline value; nil when the baseline lacks the metric.
    public let baseline: Double?
    /// Our recomputed value; nil when our report lacks it or it is undefined.
    public let ours: Double?
    /// The verdict.
    public let status: Status

    /// Compares our value with the baseline's.
    ///
    /// A regression is `ours < baseline − tolerance`; a missing value on our side is one too.
    ///
    /// - Parameters:
    ///   - run: The run name.
    ///   - path: The metric path.
    ///   - baseline: The baseline value, or nil.
    ///   - ours: Our value, or nil.
    ///   - tolerance: The largest accepted drop.
    public init(run: String, path: String, baseline: Double?, ours: Double?, tolerance: Double) {
        self.run = run
        self.path = path
        self.baseline = baseline
        self.ours = ours
        switch (baseline, ours) {
        case (nil, _): status = .notInBaseline
        case (_, nil): status = .missing
        case (let baseline?, let ours?):
            if ours == baseline {
                status = .equal
            } else if ours > baseline {
                status = .improved
            } else {
                status = ours < baseline - tolerance ? .regressed : .withinTolerance
            }
        }
    }

    /// Ours − baseline; nil when either is missing.
    public var difference: Double? {
        guard let baseline, let ours else { return nil }
        return ours - baseline
    }
}
