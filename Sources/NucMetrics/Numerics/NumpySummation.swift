/// Floating-point reductions in numpy's order, so that means match numpy bit for bit.
///
/// numpy sums a contiguous float64 vector with its pairwise algorithm
/// (numpy 2.4.6 `pairwise_sum_DOUBLE`; metrics spec §13.2): fewer than 8 items are
/// added left to right; 8…128 items go into 8 interleaved partial sums combined as
/// `((s0+s1)+(s2+s3))+((s4+s5)+(s6+s7))`, then the leftovers; longer vectors split at
/// half the length rounded down to a multiple of 8.
public enum NumpySummation {
    /// `np.sum(values)`.
    ///
    /// - Parameter values: The vector, in array order.
    /// - Returns: 0.0 + the pairwise sum, as numpy computes it.
    public static func sum(_ values: [Double]) -> Double {
        values.withUnsafeBufferPointer { 0.0 + pairwise($0) }
    }

    /// `np.mean(values)`: the pairwise sum divided by the count.
    ///
    /// - Parameter values: The vector.
    /// - Returns: The mean, or `.notANumber` for an empty vector (numpy warns and returns NaN).
    public static func mean(_ values: [Double]) -> MetricResult<Double> {
        guard !values.isEmpty else { return .failure(Undefined(.notANumber, "mean of no values")) }
        return .success(sum(values) / Double(values.count))
    }

    /// `np.nanmean(values)`, with `nil` standing for NaN.
    ///
    /// numpy replaces NaN slots by 0.0 in place, sums the whole vector pairwise, and
    /// divides by the number of non-NaN items; the slot positions therefore matter.
    ///
    /// - Parameter values: The vector; `nil` entries are NaN.
    /// - Returns: The mean of the defined entries, or `.notANumber` when there are none.
    public static func nanMean(_ values: [Double?]) -> MetricResult<Double> {
        let defined = values.reduce(0) { $0 + ($1 == nil ? 0 : 1) }
        guard defined > 0 else { return .failure(Undefined(.notANumber, "mean of no defined values")) }
        return .success(sum(values.map { $0 ?? 0.0 }) / Double(defined))
    }

    /// `np.std(values, ddof:)`.
    ///
    /// numpy computes the mean as above, the squared deviations `x·x` of `x = v − mean`,
    /// their pairwise sum, divides by `n − ddof` and takes the square root.
    ///
    /// - Parameters:
    ///   - values: The vector.
    ///   - ddof: Delta degrees of freedom (0 population, 1 sample).
    /// - Returns: The standard deviation, or `.notANumber` when `n − ddof ≤ 0`.
    public static func standardDeviation(_ values: [Double], ddof: Int) -> MetricResult<Double> {
        guard values.count - ddof > 0, case .success(let average) = mean(values) else {
            return .failure(Undefined(.notANumber, "standard deviation of \(values.count) values with ddof \(ddof)"))
        }
        let squares = values.map { value -> Double in
            let deviation = value - average
            return deviation * deviation
        }
        return .success((sum(squares) / Double(values.count - ddof)).squareRoot())
    }

    // MARK: - Pairwise kernel

    private static func pairwise(_ values: UnsafeBufferPointer<Double>) -> Double {
        let count = values.count
        if count < 8 {
            var total = 0.0
            for value in values { total += value }
            return total
        }
        if count <= 128 {
            var partial = (values[0], values[1], values[2], values[3], values[4], values[5], values[6], values[7])
            var position = 8
            while position + 8 <= count {
                partial.0 += values[position]
                partial.1 += values[position + 1]
                partial.2 += values[position + 2]
                partial.3 += values[position + 3]
                partial.4 += values[position + 4]
                partial.5 += values[position + 5]
                partial.6 += values[position + 6]
                partial.7 += values[position + 7]
                position += 8
            }
            var total =
                ((partial.0 + partial.1) + (partial.2 + partial.3))
                + ((partial.4 + partial.5) + (partial.6 + partial.7))
            while position < count {
                total += values[position]
                position += 1
            }
            return total
        }
        let half = (count / 2) & ~7
        return pairwise(UnsafeBufferPointer(rebasing: values[0..<half]))
            + pairwise(UnsafeBufferPointer(rebasing: values[half...]))
    }
}
