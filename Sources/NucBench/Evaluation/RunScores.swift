/// A run's headline numbers and per-image score lists under one protocol, computed from its
/// stored per-image statistics alone.
///
/// `RunScores(statistics:protocol:)` is a pure function of `ResultsStore.statistics(of:)`
/// and the protocol: reports, bootstrap intervals and paired tests all start from it.
///
/// * `pannuke`, `cellvit`: per image bPQ (`.binaryPQ`), mPQ (`.multiClassPQ`) and the five
///   class PQs (`.classPQ(0…4)`) from the `.all` and `.type(c)` panoptic counts; headline mPQ
///   and bPQ per fold (PanNuke-metrics: nanmean over tissues; CellViT: over images) and,
///   with several folds, their mean over folds.
/// * `promptnucseg`, `hovernet`: per image AJI, AJI+, PQ, DQ, SQ from the `.all` jaccard and
///   panoptic counts, and PQ per class for every stored `.type(c)`; each headline is the
///   list's `mean` (nanmean for PromptNucSeg, plain mean for HoVer-Net).
/// * Detection (`hovernet` type mode): the pooled `ImageStatistics.detection` counts, scored
///   by HoVer-Net's `run_nuclei_type_stat` and as precision / recall / F1 overall and per class.
/// * Prompter (`promptnucseg`): the pooled `ImageStatistics.promptNucSegDetection` tallies.
public struct RunScores: Sendable {
    /// One headline value, with what it was computed from.
    public struct Headline: Sendable, Equatable {
        /// The metric.
        public let metric: RunMetric
        /// The fold the value belongs to; nil for the whole run.
        public let fold: Int?
        /// The value, or why it is undefined.
        public let value: MetricResult<Double>
        /// How many items (`unit`) entered the value.
        public let used: Int
        /// How many items were left out (NaN) or raised in the reference.
        public let skipped: Int
        /// What `used` and `skipped` count: `images`, `classes` or `folds`.
        public let unit: String
    }

    /// Detection scores of the pooled centroid matching.
    public struct Detection: Sendable {
        /// The counts pooled over every image, in image order.
        public let counts: DetectionCounts
        /// HoVer-Net `run_nuclei_type_stat`: `[F1_d, acc, F1_c…]` over the GT types.
        public let hoverNet: MetricResult<HoVerNetTypeStatistics>
        /// Precision, recall and F1 overall and per class (CellViT's formulas over `classes`).
        public let scores: MetricResult<CellViTDetectionScores>
        /// The classes scored per class.
        public let classes: [Int]
    }

    /// The protocol the numbers follow.
    public let `protocol`: EvaluationProtocol
    /// Images in the run.
    public let imageCount: Int
    /// Per-image values of every metric the protocol defines.
    public let perImage: [RunMetric: ImageScoreList]
    /// The headline values, in print order.
    public let headlines: [Headline]
    /// Pooled centroid-matching scores; nil when no image has detection counts.
    public let detection: Detection?
    /// Pooled PromptNucSeg prompter tallies; nil when no image has them.
    public let prompterCounts: PromptNucSegDetectionCounts?
    /// Prompter precision, recall and F1 ("Det", per class and "Cls"); nil without tallies.
    public let prompter: PromptNucSegDetectionScores?

    /// Scores a run.
    ///
    /// - Parameters:
    ///   - statistics: The run's images in image order (`ResultsStore.statistics(of:)`).
    ///   - protocol: The protocol to follow.
    ///   - classes: The classes of the per-class detection table; nil uses the GT types that
    ///     occur (HoVer-Net's default). PanNuke protocols score PQ classes 0…4 regardless.
    ///   - prompterClasses: The classes of the prompter table (PromptNucSeg: `0..<num_classes`,
    ///     the run option `prompter-classes`); nil uses `classes`, else the classes that occur.
    /// - Throws: `InputError` when an image lacks a statistic the protocol needs, a PanNuke
    ///   tissue name is unknown, or for `conic` (not computed from stored rows).
    public init(
        statistics: [ImageStatistics], protocol: EvaluationProtocol, classes: [Int]? = nil,
        prompterClasses: [Int]? = nil
    ) throws {
        self.protocol = `protocol`
        imageCount = statistics.count
        switch `protocol` {
        case .pannuke:
            (perImage, headlines) = try Self.panNuke(statistics, scoring: PanNukeImageCounts.self, protocol: .pannuke)
        case .cellvit:
            (perImage, headlines) = try Self.panNuke(
                statistics, scoring: CellViTPanNukeImageCounts.self, protocol: .cellvit)
        case .conic:
            throw InputError(
                "protocol 'conic' pools CoNIC's six classes; no data set nucbench eval scores has them, "
                    + "and its stored-row form is not implemented (use nucbench metrics conic)")
        case .hovernet, .promptnucseg:
            let lists = try Self.instanceLists(statistics, protocol: `protocol`)
            perImage = lists
            headlines = lists.sorted { $0.key < $1.key }.map { metric, list in
                Headline(
                    metric: metric, fold: nil, value: list.mean, used: list.used, skipped: list.skipped,
                    unit: "images")
            }
        }
        let pooled = statistics.reduce(DetectionCounts.zero) { $0 + $1.detection }
        if pooled == .zero {
            detection = nil
        } else {
            let scored = classes ?? pooled.groundTruthTypes
            detection = Detection(
                counts: pooled, hoverNet: HoVerNetTypeStatistics.statistics(of: pooled),
                scores: CellViTDetectionScores.scores(of: pooled, types: scored), classes: scored)
        }
        let prompted = statistics.compactMap(\.promptNucSegDetection)
        if prompted.isEmpty {
            prompterCounts = nil
            prompter = nil
        } else {
            let counts = prompted.reduce(PromptNucSegDetectionCounts.zero, +)
            prompterCounts = counts
            prompter = PromptNucSegDetectionScores(
                counts: counts, classes: prompterClasses ?? classes ?? counts.perClass.keys.sorted())
        }
    }

    /// The headline of `metric` for `fold` (nil: the whole run), if the protocol reports it.
    ///
    /// - Parameters:
    ///   - metric: The metric.
    ///   - fold: The fold, or nil.
    /// - Returns: The headline, or nil.
    public func headline(_ metric: RunMetric, fold: Int? = nil) -> Headline? {
        headlines.first { $0.metric == metric && $0.fold == fold }
    }

    // MARK: - Kumar, CPM-17

    private static func instanceLists(_ images: [ImageStatistics], protocol: EvaluationProtocol) throws
        -> [RunMetric: ImageScoreList]
    {
        let indices = images.map(\.index)
        var lists: [RunMetric: ImageScoreList] = [:]
        func add(_ metric: RunMetric, _ values: [MetricResult<Double>]) {
            lists[metric] = ImageScoreList(indices: indices, values: values, protocol: `protocol`)
        }
        for variant in JaccardVariant.allCases {
            let values = try images.map { image in
                try required(image.jaccard[variant]?[.all], image, "\(variant.rawValue) counts").flatMap {
                    $0.index()
                }
            }
            add(variant == .aggregated ? .aji : .ajiPlus, values)
        }
        let binary = try images.map { image in
            quality(try required(image.panoptic[.all], image, "PQ counts"), protocol: `protocol`)
        }
        add(.pq, binary.map { $0.map(\.panoptic) })
        add(.dq, binary.map { $0.map(\.detection) })
        add(.sq, binary.map { $0.map(\.segmentation) })
        let classes = Set(images.flatMap(\.panoptic.keys)).compactMap { scope -> Int? in
            if case .type(let type) = scope { return type }
            return nil
        }
        for type in classes.sorted() {
            add(
                .classPQ(type),
                images.map { image in
                    guard let counts = image.panoptic[.type(type)] else {
                        return .failure(Undefined(.notANumber, "no PQ counts of class \(type)"))
                    }
                    return quality(counts, protocol: `protocol`).map(\.panoptic)
                })
        }
        return lists
    }

    /// DQ, SQ, PQ of stored counts under the protocol's epsilon and empty-GT rule.
    private static func quality(_ counts: MetricResult<PanopticCounts>, protocol: EvaluationProtocol)
        -> MetricResult<PanopticQuality>
    {
        counts.flatMap { counts in
            if `protocol`.emptyTruthPQIsNaN, counts.gtCount == 0 {
                return .failure(Undefined(.notANumber, "the ground truth has no nucleus"))
            }
            return counts.quality(detectionEpsilon: `protocol`.detectionEpsilon)
        }
    }

    static func required<Value>(_ value: Value?, _ image: ImageStatistics, _ what: String) throws -> Value {
        guard let value else {
            throw InputError("image \(image.index) (\(image.name)) of the run has no stored \(what)")
        }
        return value
    }
}
