/// Mean and standard deviations of one score over folds.
///
/// The references evaluate one fold per run; papers report mean ± std over the three
/// official folds without saying which std (metrics spec §9.3), so both are given,
/// computed as `np.mean` and `np.std(ddof:)` compute them.
public struct FoldSpread: Sendable, Equatable {
    /// `np.mean` of the fold values.
    public let mean: MetricResult<Double>
    /// `np.std(ddof=0)`: the population standard deviation.
    public let populationStandardDeviation: MetricResult<Double>
    /// `np.std(ddof=1)`: the sample standard deviation.
    public let sampleStandardDeviation: MetricResult<Double>

    /// Summarises fold values.
    ///
    /// An undefined fold value makes every summary undefined in the same way (a NaN
    /// propagates through numpy's mean and std).
    ///
    /// - Parameter values: One value per fold, in fold order.
    public init(_ values: [MetricResult<Double>]) {
        var defined: [Double] = []
        for value in values {
            guard case .success(let number) = value else {
                (mean, populationStandardDeviation, sampleStandardDeviation) = (value, value, value)
                return
            }
            defined.append(number)
        }
        mean = NumpySummation.mean(defined)
        populationStandardDeviation = NumpySummation.standardDeviation(defined, ddof: 0)
        sampleStandardDeviation = NumpySummation.standardDeviation(defined, ddof: 1)
    }
}
