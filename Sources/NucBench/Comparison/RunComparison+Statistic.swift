// MARK: - The bootstrap statistic of a run

extension RunComparison {
    /// The whole-run headline values of a multiset of a run's images, by image index.
    ///
    /// PanNuke protocols restore the images' scores once and aggregate each multiset with the
    /// protocol's fold aggregation (the mean over folds of the fold bPQ/mPQ, as `RunScores`
    /// reports it), which keeps 1000 rounds over 7901 images fast; other protocols score each
    /// multiset with `RunScores`.
    ///
    /// - Parameters:
    ///   - images: The run's images.
    ///   - protocol: The protocol.
    /// - Returns: The statistic.
    static func headlineStatistic(of images: [ImageStatistics], protocol: EvaluationProtocol)
        -> @Sendable ([Int]) -> [RunMetric: MetricResult<Double>]
    {
        func panNuke<Image: PanNukeImageScores>(_ type: Image.Type) -> (
            @Sendable ([Int]) -> [RunMetric: MetricResult<Double>]
        )? {
            guard let restored = PaperReport.restored(images, as: type) else { return nil }
            return { indices in
                let values = PaperReport.values(of: restored, indices: indices)
                var headlines: [RunMetric: MetricResult<Double>] = [:]
                headlines[.binaryPQ] = values[PaperReport.CellKey(row: "Average", metric: "bPQ")]
                headlines[.multiClassPQ] = values[PaperReport.CellKey(row: "Average", metric: "mPQ")]
                return headlines
            }
        }
        let fast: (@Sendable ([Int]) -> [RunMetric: MetricResult<Double>])?
        switch `protocol` {
        case .pannuke: fast = panNuke(PanNukeImageCounts.self)
        case .cellvit: fast = panNuke(CellViTPanNukeImageCounts.self)
        case .conic, .hovernet, .promptnucseg: fast = nil
        }
        return fast ?? { indices in RunScores.wholeRunHeadlines(of: indices.map { images[$0] }, protocol: `protocol`) }
    }
}
