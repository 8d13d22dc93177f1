extension NumpySummation {
    /// `np.nanmean` of scores that may be undefined.
    ///
    /// `.notANumber` entries are numpy NaNs: their slots count as 0.0 in the pairwise sum
    /// and are left out of the count. Any other undefined entry stands for an exception
    /// of the reference, after which it reports nothing; the first such entry is returned.
    ///
    /// - Parameter scores: The scores, in array order.
    /// - Returns: The mean of the defined scores, `.notANumber` when there are none, or
    ///   the first exception.
    static func nanMean(_ scores: [MetricResult<Double>]) -> MetricResult<Double> {
        var values: [Double?] = []
        values.reserveCapacity(scores.count)
        for score in scores {
            switch score {
            case .success(let value): values.append(value)
            case .failure(let undefined) where undefined.kind == .notANumber: values.append(nil)
            case .failure(let undefined): return .failure(undefined)
            }
        }
        return nanMean(values)
    }
}
