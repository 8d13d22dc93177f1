/// One metric's per-image values over a run, in image order, with the protocol's mean.
///
/// The list is what bootstrap intervals and paired tests resample: `definedValues` maps
/// each image index to its value, leaving out the images the protocol skips.
public struct ImageScoreList: Sendable, Equatable {
    /// Image indices (the store's `index`), ascending.
    public let indices: [Int]
    /// The value of each entry of `indices`, or why it is undefined.
    public let values: [MetricResult<Double>]
    /// The protocol's per-image average of `values`.
    ///
    /// `np.nanmean` (NaN images left out, any other undefined value propagates, as the reference
    /// raises) or, for `hovernet`, `np.mean` (any undefined value propagates). For Kumar and
    /// CPM-17 this is the headline; PanNuke's headlines average per fold and tissue instead
    /// (`RunScores.headlines`).
    public let mean: MetricResult<Double>

    /// Images with a value.
    public var used: Int { values.reduce(0) { $0 + ($1.value == nil ? 0 : 1) } }
    /// Images without a value (NaN or raising in the reference).
    public var skipped: Int { values.count - used }

    /// Image index → value, for the images with a value.
    public var definedValues: [Int: Double] {
        var result: [Int: Double] = [:]
        for (index, value) in zip(indices, values) { result[index] = value.value }
        return result
    }

    /// Averages per-image values the way `protocol` does.
    ///
    /// - Parameters:
    ///   - indices: Image indices, ascending.
    ///   - values: One value per index.
    ///   - protocol: The protocol whose averaging rule applies.
    public init(indices: [Int], values: [MetricResult<Double>], protocol: EvaluationProtocol) {
        self.indices = indices
        self.values = values
        mean = Self.average(values, skippingNaN: `protocol`.skipsNaN)
    }

    /// `np.nanmean` or `np.mean` of `values`, propagating the first undefined value the
    /// reference would raise on (and, without NaN skipping, every undefined value).
    static func average(_ values: [MetricResult<Double>], skippingNaN: Bool) -> MetricResult<Double> {
        var numbers: [Double?] = []
        for value in values {
            switch value {
            case .success(let number): numbers.append(number)
            case .failure(let undefined) where skippingNaN && undefined.kind == .notANumber: numbers.append(nil)
            case .failure(let undefined): return .failure(undefined)
            }
        }
        return skippingNaN ? NumpySummation.nanMean(numbers) : NumpySummation.mean(numbers.compactMap { $0 })
    }
}
