/// The two-sided Wilcoxon signed-rank test on paired scores, as scipy computes it.
///
/// Reproduces `scipy.stats.wilcoxon(x, y)` of scipy 1.17.1 with its defaults
/// (`zero_method='wilcox'`, `correction=False`, `alternative='two-sided'`,
/// `method='auto'`; scipy/stats/_wilcoxon.py `_wilcoxon_nd`). The differences `x − y`
/// are formed in float64; zeros are dropped before ranking; tied magnitudes get average
/// ranks. The statistic is `min(R+, R−)`. `method='auto'` chooses the p-value:
///
/// - more than 50 pairs (zeros included): the normal approximation;
/// - otherwise, no tied magnitudes and no zeros: the exact null distribution
///   (`_get_wilcoxon_distr`), `2·min(P(T ≥ R+), P(T ≤ R+))`, clipped to 1;
/// - otherwise up to 13 pairs: the complete sign-flip permutation test
///   (`permutation_test`, 2ⁿ ≤ 9999 resamples, so it is exact and deterministic);
/// - otherwise: the normal approximation, with the tie correction `Σ(t³ − t)/2`.
///
/// The statistic and all three p-value paths match scipy bit for bit: the exact and
/// permutation paths by exact integer counting, the normal path by porting scipy's
/// Cephes `ndtr` (`CephesNormal`; it shares the C library's `exp` with scipy).
public enum WilcoxonSignedRank {
    /// How the p-value was obtained.
    public enum Method: String, Sendable, Hashable {
        /// The exact null distribution of R+ (no ties, no zeros, at most 50 pairs).
        case exact
        /// Enumeration of every sign flip (ties or zeros, at most 13 pairs).
        case permutation
        /// The normal approximation without continuity correction.
        case asymptotic
    }

    /// The statistic and p-value of one test.
    public struct Outcome: Sendable, Hashable {
        /// `min(R+, R−)`, the smaller signed-rank sum.
        public let statistic: Double
        /// The two-sided p-value, or `.notANumber` where scipy returns NaN (all
        /// differences zero on the normal path).
        public let pValue: MetricResult<Double>
        /// The path scipy's `method='auto'` takes for these data.
        public let method: Method
        /// The number of nonzero differences that were ranked.
        public let rankedCount: Int
    }

    /// `scipy.stats.wilcoxon(first, second)`.
    ///
    /// - Parameters:
    ///   - first: Per-image scores of one run (`x`).
    ///   - second: The same images' scores of the other run (`y`), in the same order.
    /// - Returns: The outcome; `.valueError` for unequal lengths or a single pair whose
    ///   difference is zero (scipy raises), `.notANumber` for no pairs or a NaN
    ///   difference (scipy returns NaN for both numbers).
    public static func test(_ first: [Double], _ second: [Double]) -> MetricResult<Outcome> {
        guard first.count == second.count else {
            return .failure(Undefined(.valueError, "`x` and `y` must have the same length along `axis`."))
        }
        guard !first.isEmpty else { return .failure(Undefined(.notANumber, "no pairs to test")) }
        let differences = zip(first, second).map { $0 - $1 }
        guard !differences.contains(where: \.isNaN) else {
            return .failure(Undefined(.notANumber, "a difference is NaN"))
        }
        let ranking = SignedRanking(differences: differences)
        let statistic = min(ranking.positiveSum, ranking.negativeSum)
        let count = differences.count
        let method: Method
        if count > 50 {
            method = .asymptotic
        } else if !ranking.hasTies && ranking.zeroCount == 0 {
            method = .exact
        } else if count <= 13 {
            method = .permutation
        } else {
            method = .asymptotic
        }
        let pValue: MetricResult<Double>
        switch method {
        case .exact:
            pValue = .success(exactPValue(ranking))
        case .permutation:
            guard count >= 2 else {
                return .failure(
                    Undefined(.valueError, "each sample in `data` must contain two or more observations along `axis`."))
            }
            pValue = .success(permutationPValue(ranking))
        case .asymptotic:
            pValue = asymptoticPValue(ranking)
        }
        return .success(Outcome(statistic: statistic, pValue: pValue, method: method, rankedCount: ranking.ranks.count))
    }
}
