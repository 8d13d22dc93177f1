// MARK: - Exact null distribution

extension WilcoxonSignedRank {
    /// scipy's exact path: `2·min(sf(R+), cdf(R+))` of `_get_wilcoxon_distr(n)`, clipped.
    ///
    /// scipy halves and shifts float64 probabilities; each is a count of rank subsets over
    /// 2ⁿ with n ≤ 50, and every partial sum is a multiple of 2⁻ⁿ not above 1, so all of
    /// its float64 operations are exact. Counting subsets in integers therefore gives
    /// scipy's p-value bit for bit.
    static func exactPValue(_ ranking: SignedRanking) -> Double {
        let count = ranking.ranks.count
        let observed = Int(ranking.positiveSum)
        let subsets = subsetCounts(ranks: (0..<count).map { $0 + 1 })
        let upper = subsets[observed...].reduce(UInt64(0), +)
        let lower = subsets[...observed].reduce(UInt64(0), +)
        let probability = 2 * (Double(min(upper, lower)) / Double(UInt64(1) << UInt64(count)))
        return min(probability, 1)
    }

    // MARK: - Permutation test

    /// scipy's `permutation_test` over every sign flip of all n differences (zeros
    /// included, which flip to themselves), comparing R+ with a relative tolerance of
    /// 100 ε that cannot bridge the 0.5 spacing of rank sums here.
    static func permutationPValue(_ ranking: SignedRanking) -> Double {
        let doubled = ranking.doubledRanks
        let observed = doubled.indices.reduce(0) { $0 + (ranking.isPositive[$1] ? doubled[$1] : 0) }
        let subsets = subsetCounts(ranks: doubled)
        let zeroFlips = UInt64(1) << UInt64(ranking.zeroCount)
        let total = Double(UInt64(1) << UInt64(doubled.count + ranking.zeroCount))
        let atMost = Double(subsets[...observed].reduce(UInt64(0), +) * zeroFlips) / total
        let atLeast = Double(subsets[observed...].reduce(UInt64(0), +) * zeroFlips) / total
        return min(min(atMost, atLeast) * 2, 1)
    }

    /// The number of subsets of `ranks` with each possible sum.
    private static func subsetCounts(ranks: [Int]) -> [UInt64] {
        var counts = [UInt64](repeating: 0, count: ranks.reduce(0, +) + 1)
        counts[0] = 1
        var reach = 0
        for rank in ranks {
            reach += rank
            for sum in stride(from: reach, through: rank, by: -1) { counts[sum] += counts[sum - rank] }
        }
        return counts
    }

    // MARK: - Normal approximation

    /// scipy's asymptotic path: `z = (R+ − n(n+1)/4) / √((n(n+1)(2n+1) − Σ(t³−t)/2)/24)`
    /// and `p = 2·ndtr(−|z|)`, in scipy's operation order.
    static func asymptoticPValue(_ ranking: SignedRanking) -> MetricResult<Double> {
        let count = Double(ranking.ranks.count)
        let mean = count * (count + 1.0) * 0.25
        let spread = count * (count + 1.0) * (2.0 * count + 1.0)
        let tieCorrection = ranking.tieSizes.reduce(0.0) { total, size in
            let tie = Double(size)
            return total + (tie * tie * tie - tie)
        }
        let standardError = ((spread - tieCorrection / 2) / 24).squareRoot()
        let z = (ranking.positiveSum - mean) / standardError
        guard !z.isNaN else { return .failure(Undefined(.notANumber, "no nonzero differences: z is 0/0")) }
        return .success(2 * CephesNormal.cumulative(-abs(z)))
    }
}
