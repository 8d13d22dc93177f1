/// Everything the store keeps about one image of a run: its identity and its sufficient statistics.
///
/// Each statistic is per class scope and may be undefined for that image (the
/// `Undefined` the metric returned). Every table of a report is recomputed from these
/// values, added in image order.
public struct ImageStatistics: Sendable, Equatable {
    /// The image's position in the data set (0-based); resuming skips recorded indices.
    public var index: Int
    /// The image's name in the data set.
    public var name: String
    /// The tissue, when the data set has one.
    public var tissue: String?
    /// The fold, when the data set has folds.
    public var fold: Int?
    /// Panoptic-quality statistics per class scope.
    public var panoptic: [ClassScope: MetricResult<PanopticCounts>]
    /// Aggregated-Jaccard statistics per variant and class scope.
    public var jaccard: [JaccardVariant: [ClassScope: MetricResult<AggregatedJaccardCounts>]]
    /// Typed detection pairs and misses (`.zero` when the protocol has none).
    public var detection: DetectionCounts
    /// PromptNucSeg prompter point tallies (greedy score-ordered matching, overall and per
    /// class); `nil` when the run evaluated no point predictions.
    public var promptNucSegDetection: PromptNucSegDetectionCounts?

    /// Creates an image's statistics.
    ///
    /// - Parameters:
    ///   - index: Position in the data set.
    ///   - name: Image name.
    ///   - tissue: Tissue, if any.
    ///   - fold: Fold, if any.
    ///   - panoptic: PQ statistics per class scope.
    ///   - jaccard: AJI statistics per variant and class scope.
    ///   - detection: Detection tallies.
    ///   - promptNucSegDetection: PromptNucSeg prompter tallies, if evaluated.
    public init(
        index: Int, name: String, tissue: String? = nil, fold: Int? = nil,
        panoptic: [ClassScope: MetricResult<PanopticCounts>] = [:],
        jaccard: [JaccardVariant: [ClassScope: MetricResult<AggregatedJaccardCounts>]] = [:],
        detection: DetectionCounts = .zero, promptNucSegDetection: PromptNucSegDetectionCounts? = nil
    ) {
        self.index = index
        self.name = name
        self.tissue = tissue
        self.fold = fold
        self.panoptic = panoptic
        self.jaccard = jaccard
        self.detection = detection
        self.promptNucSegDetection = promptNucSegDetection
    }
}
