// MARK: - Whole-run headlines

extension RunScores {
    /// The whole-run value of each headline metric: the headline without a fold or, for a
    /// metric reported only per fold in a single-fold run, that fold's value.
    public var wholeRunHeadlines: [RunMetric: MetricResult<Double>] {
        var values: [RunMetric: MetricResult<Double>] = [:]
        for metric in Set(headlines.map(\.metric)) {
            let perMetric = headlines.filter { $0.metric == metric }
            if let whole = perMetric.first(where: { $0.fold == nil }) {
                values[metric] = whole.value
            } else if perMetric.count == 1, let only = perMetric.first {
                values[metric] = only.value
            }
        }
        return values
    }

    /// The whole-run headline values of some images, or an empty table when they cannot be scored.
    ///
    /// For bootstrap replicates of images that were scored once already, so scoring cannot fail.
    ///
    /// - Parameters:
    ///   - images: The images.
    ///   - protocol: The protocol.
    /// - Returns: `wholeRunHeadlines` of the images.
    static func wholeRunHeadlines(of images: [ImageStatistics], protocol: EvaluationProtocol)
        -> [RunMetric: MetricResult<Double>]
    {
        (try? RunScores(statistics: images, protocol: `protocol`))?.wholeRunHeadlines ?? [:]
    }
}
