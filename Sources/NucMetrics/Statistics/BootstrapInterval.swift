/// A bootstrap percentile interval and how it was obtained.
public struct BootstrapInterval: Sendable, Hashable {
    /// The lower end: the `(100 − confidence)/2` percentile of the defined replicates.
    public let lower: Double
    /// The upper end: the `(100 + confidence)/2` percentile of the defined replicates.
    public let upper: Double
    /// The confidence level in percent (95 for a 95 % interval).
    public let confidence: Double
    /// The number of resampling rounds evaluated.
    public let rounds: Int
    /// The seed the rounds were drawn from.
    public let seed: UInt64
    /// Rounds whose statistic was undefined or not finite, left out of the percentiles.
    public let undefinedReplicates: Int

    /// Creates an interval record.
    ///
    /// - Parameters:
    ///   - lower: The lower end.
    ///   - upper: The upper end.
    ///   - confidence: The level in percent.
    ///   - rounds: The rounds evaluated.
    ///   - seed: The seed.
    ///   - undefinedReplicates: The rounds skipped.
    public init(lower: Double, upper: Double, confidence: Double, rounds: Int, seed: UInt64, undefinedReplicates: Int) {
        self.lower = lower
        self.upper = upper
        self.confidence = confidence
        self.rounds = rounds
        self.seed = seed
        self.undefinedReplicates = undefinedReplicates
    }
}
