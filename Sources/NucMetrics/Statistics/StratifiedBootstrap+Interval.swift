// MARK: - Percentile intervals

extension StratifiedBootstrap {
    /// A percentile bootstrap interval of a statistic of the images.
    ///
    /// Each round's statistic is evaluated on that round's resampled indices. Undefined
    /// or non-finite replicates are counted and left out; the ends are
    /// `np.percentile(replicates, (100 ∓ confidence)/2)` with numpy's default linear
    /// interpolation on the sorted defined replicates (`NumpyPercentile`).
    ///
    /// - Parameters:
    ///   - rounds: The number of resampling rounds.
    ///   - seed: The seed of the rounds.
    ///   - confidence: The level in percent, for example 95.
    ///   - statistic: The statistic of a multiset of image indices.
    /// - Returns: The interval, or `.indexError` when no replicate is defined (numpy
    ///   raises on an empty percentile).
    /// - Complexity: `rounds` evaluations of `statistic` plus O(`rounds · count`).
    public func interval(
        rounds: Int,
        seed: UInt64,
        confidence: Double,
        statistic: ([Int]) -> MetricResult<Double>
    ) -> MetricResult<BootstrapInterval> {
        var replicates: [Double] = []
        replicates.reserveCapacity(rounds)
        for round in 0..<max(rounds, 0) {
            if case .success(let value) = statistic(resample(round: round, seed: seed)), value.isFinite {
                replicates.append(value)
            }
        }
        replicates.sort()
        let tail = (100 - confidence) / 2
        guard case .success(let lower) = NumpyPercentile.percentile(sorted: replicates, percent: tail),
            case .success(let upper) = NumpyPercentile.percentile(sorted: replicates, percent: 100 - tail)
        else {
            return .failure(Undefined(.indexError, "no defined replicate in \(rounds) bootstrap rounds"))
        }
        return .success(
            BootstrapInterval(
                lower: lower, upper: upper, confidence: confidence, rounds: max(rounds, 0), seed: seed,
                undefinedReplicates: max(rounds, 0) - replicates.count))
    }

    /// A paired bootstrap interval of the difference between two runs on shared images.
    ///
    /// The images are those both runs scored, in one order; each round applies the same
    /// resampled indices to both statistics and records `first − second`. A round where
    /// either is undefined counts as an undefined replicate.
    ///
    /// - Parameters:
    ///   - rounds: The number of resampling rounds.
    ///   - seed: The seed of the rounds.
    ///   - confidence: The level in percent, for example 95.
    ///   - first: Run A's statistic of a multiset of shared-image indices.
    ///   - second: Run B's statistic of the same indices.
    /// - Returns: The interval of A − B, or `.indexError` when no replicate is defined.
    public func pairedInterval(
        rounds: Int,
        seed: UInt64,
        confidence: Double,
        first: ([Int]) -> MetricResult<Double>,
        second: ([Int]) -> MetricResult<Double>
    ) -> MetricResult<BootstrapInterval> {
        interval(rounds: rounds, seed: seed, confidence: confidence) { indices in
            first(indices).flatMap { a in second(indices).map { b in a - b } }
        }
    }
}
