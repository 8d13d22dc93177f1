/// Two stored runs on the images both scored: each headline metric of A and of B, the difference
/// B − A with a paired bootstrap interval, and a Wilcoxon signed-rank test on per-image scores.
///
/// Images are matched by their data-set index, and the names must agree. Headline values are
/// recomputed on the shared images only (so they can differ from a run's own report when it
/// scored other images too). The paired bootstrap applies the same resampled images — within
/// tissue × fold strata, as `ImageBootstrap` — to both runs; the test is
/// `scipy.stats.wilcoxon(b, a)` on the images whose per-image score is defined in both runs.
public struct RunComparison: Sendable {
    /// One metric of the comparison.
    public struct Row: Sendable {
        /// The metric.
        public let metric: RunMetric
        /// Run A's headline value on the shared images.
        public let first: MetricResult<Double>
        /// Run B's headline value on the shared images.
        public let second: MetricResult<Double>
        /// The paired bootstrap interval of B − A.
        public let interval: MetricResult<BootstrapInterval>
        /// The signed-rank test of B's per-image scores against A's, or why there is none.
        public let test: MetricResult<WilcoxonSignedRank.Outcome>
        /// The images whose per-image score is defined in both runs (the test's pairs).
        public let pairedImages: Int

        /// B − A, or why there is none.
        public var difference: MetricResult<Double> {
            second.flatMap { b in first.map { a in b - a } }
        }
    }

    /// Run A's name.
    public let firstRun: String
    /// Run B's name.
    public let secondRun: String
    /// The data set both runs scored.
    public let dataset: String
    /// The protocol both runs used.
    public let `protocol`: EvaluationProtocol
    /// The images both runs scored.
    public let sharedImages: Int
    /// Images only run A scored.
    public let onlyFirst: Int
    /// Images only run B scored.
    public let onlySecond: Int
    /// The bootstrap settings.
    public let bootstrap: ImageBootstrap
    /// One row per metric, in the protocol's order.
    public let rows: [Row]

    /// Compares two runs' images.
    ///
    /// - Parameters:
    ///   - first: Run A's record and images.
    ///   - second: Run B's record and images.
    ///   - bootstrap: The bootstrap settings.
    /// - Throws: `InputError` when the runs scored different data sets or used different
    ///   protocols, an index names different images in the two runs, or they share no image.
    public init(
        first: (record: RunRecord, images: [ImageStatistics]),
        second: (record: RunRecord, images: [ImageStatistics]),
        bootstrap: ImageBootstrap
    ) throws {
        let (a, b) = (first.record, second.record)
        guard a.dataset == b.dataset else {
            throw InputError(
                "runs \"\(a.name)\" and \"\(b.name)\" scored different data sets (\(a.dataset), \(b.dataset)); "
                    + "compare runs on the same images")
        }
        guard a.protocolName == b.protocolName else {
            throw InputError(
                "runs \"\(a.name)\" and \"\(b.name)\" used different protocols (\(a.protocolName), "
                    + "\(b.protocolName)); their numbers are not comparable")
        }
        guard let reference = EvaluationProtocol(rawValue: a.protocolName) else {
            throw InputError("run \"\(a.name)\" has the unknown protocol \"\(a.protocolName)\"")
        }
        let secondByIndex = Dictionary(second.images.map { ($0.index, $0) }, uniquingKeysWith: { first, _ in first })
        var pairs: [(ImageStatistics, ImageStatistics)] = []
        for image in first.images {
            guard let other = secondByIndex[image.index] else { continue }
            guard other.name == image.name else {
                throw InputError(
                    "image \(image.index) is \"\(image.name)\" in run \"\(a.name)\" but \"\(other.name)\" in run "
                        + "\"\(b.name)\"; the runs did not score the same data")
            }
            pairs.append((image, other))
        }
        guard !pairs.isEmpty else {
            throw InputError(
                "runs \"\(a.name)\" (\(first.images.count) images) and \"\(b.name)\" (\(second.images.count) images) "
                    + "share no image index; nothing to compare")
        }
        firstRun = a.name
        secondRun = b.name
        dataset = a.dataset
        `protocol` = reference
        sharedImages = pairs.count
        onlyFirst = first.images.count - pairs.count
        onlySecond = second.images.count - pairs.count
        self.bootstrap = bootstrap
        rows = try Self.rows(pairs: pairs, protocol: reference, bootstrap)
    }

    /// Headline values, paired intervals and tests of every whole-run metric of the protocol.
    private static func rows(
        pairs: [(ImageStatistics, ImageStatistics)], protocol: EvaluationProtocol, _ bootstrap: ImageBootstrap
    ) throws -> [Row] {
        let firstImages = pairs.map(\.0)
        let secondImages = pairs.map(\.1)
        let firstScores = try RunScores(statistics: firstImages, protocol: `protocol`)
        let secondScores = try RunScores(statistics: secondImages, protocol: `protocol`)
        let firstValues = firstScores.wholeRunHeadlines
        let secondValues = secondScores.wholeRunHeadlines
        let metrics = Set(firstValues.keys).union(secondValues.keys).sorted()
        let firstStatistic = headlineStatistic(of: firstImages, protocol: `protocol`)
        let secondStatistic = headlineStatistic(of: secondImages, protocol: `protocol`)
        let intervals = bootstrap.intervals(strata: firstImages.map(ImageStratum.init)) { indices in
            let a = firstStatistic(indices)
            let b = secondStatistic(indices)
            return Dictionary(
                uniqueKeysWithValues: metrics.map { metric in
                    (metric, value(b, metric).flatMap { y in value(a, metric).map { y - $0 } })
                })
        }
        return metrics.map { metric in
            var x: [Double] = []
            var y: [Double] = []
            if let a = firstScores.perImage[metric], let b = secondScores.perImage[metric] {
                for (scoreA, scoreB) in zip(a.values, b.values) {
                    if let first = scoreA.value, let second = scoreB.value {
                        x.append(first)
                        y.append(second)
                    }
                }
            }
            let test: MetricResult<WilcoxonSignedRank.Outcome> =
                firstScores.perImage[metric] == nil
                ? .failure(Undefined(.notANumber, "\(metric) has no per-image scores"))
                : WilcoxonSignedRank.test(y, x)
            let interval: MetricResult<BootstrapInterval> =
                bootstrap.rounds == 0
                ? .failure(Undefined(.indexError, "no bootstrap rounds")) : intervals[metric] ?? value([:], metric)
            return Row(
                metric: metric, first: value(firstValues, metric), second: value(secondValues, metric),
                interval: interval, test: test, pairedImages: x.count)
        }
    }

    /// A metric's value in a headline table, or why it is missing.
    private static func value<Value>(_ values: [RunMetric: MetricResult<Value>], _ metric: RunMetric)
        -> MetricResult<Value>
    {
        values[metric] ?? .failure(Undefined(.notANumber, "the run reports no \(metric)"))
    }
}
