/// `np.percentile(values, q)` with numpy's default `method='linear'` (numpy 2.4.6).
///
/// numpy forms `q / 100`, the virtual index `i = (n − 1) · q/100`, and for `i ≥ n − 1`
/// returns the largest value; otherwise, with `g = i − ⌊i⌋`, `a = v[⌊i⌋]`,
/// `b = v[⌊i⌋ + 1]` and `d = b − a`, it returns `a + d·g` when `g < 0.5` and
/// `b − d·(1 − g)` otherwise (numpy/lib/_function_base_impl.py `_lerp`).
public enum NumpyPercentile {
    /// The linear-interpolation percentile of sorted values.
    ///
    /// - Parameters:
    ///   - sorted: Finite values in ascending order.
    ///   - percent: The percentile `q`, from 0 through 100.
    /// - Returns: numpy's value bit for bit, or `.indexError` for no values (numpy raises).
    public static func percentile(sorted: [Double], percent: Double) -> MetricResult<Double> {
        guard let last = sorted.last else {
            return .failure(Undefined(.indexError, "percentile of no values"))
        }
        let index = Double(sorted.count - 1) * (percent / 100)
        guard index < Double(sorted.count - 1) else { return .success(last) }
        let below = index.rounded(.down)
        let weight = index - below
        let lower = sorted[Int(below)]
        let upper = sorted[Int(below) + 1]
        let difference = upper - lower
        return .success(weight >= 0.5 ? upper - difference * (1 - weight) : lower + difference * weight)
    }
}
