/// Sufficient statistics of PromptNucSeg's prompter evaluation: matched, predicted and
/// ground-truth point counts, overall and per class.
///
/// Reference: windygoo/PromptNucSeg 4afbf26 `prompter/engine.py` `evaluate`, which
/// sums `det_rn`, `det_pn`, `det_tn` (and their per-class versions) image by image
/// (promptnucseg spec §6.5). Counts are integers, so `+` is exact in any order.
public struct PromptNucSegDetectionCounts: Hashable, Sendable {
    /// Matched, predicted and ground-truth points of one category.
    public struct Tally: Hashable, Sendable {
        /// Matched ground-truth points (`right_nums`).
        public var matched: Int
        /// Predicted points (`pn`).
        public var predictions: Int
        /// Ground-truth points (`tn`).
        public var groundTruth: Int

        /// No points.
        public static let zero = Tally(matched: 0, predictions: 0, groundTruth: 0)

        /// Creates a tally.
        ///
        /// - Parameters:
        ///   - matched: Matched ground-truth points.
        ///   - predictions: Predicted points.
        ///   - groundTruth: Ground-truth points.
        public init(matched: Int, predictions: Int, groundTruth: Int) {
            self.matched = matched
            self.predictions = predictions
            self.groundTruth = groundTruth
        }

        /// Adds two tallies.
        ///
        /// - Parameters:
        ///   - lhs: A tally.
        ///   - rhs: Another tally.
        /// - Returns: The element-wise sum.
        public static func + (lhs: Tally, rhs: Tally) -> Tally {
            Tally(
                matched: lhs.matched + rhs.matched,
                predictions: lhs.predictions + rhs.predictions,
                groundTruth: lhs.groundTruth + rhs.groundTruth
            )
        }
    }

    /// All points regardless of class ("Det").
    public private(set) var detection: Tally
    /// Points per class; classes absent from both sides have no entry.
    public private(set) var perClass: [Int: Tally]

    /// No image: the identity of `+`.
    public static let zero = PromptNucSegDetectionCounts(detection: .zero, perClass: [:])

    /// Creates counts from tallies.
    ///
    /// - Parameters:
    ///   - detection: The class-agnostic tally.
    ///   - perClass: Tallies per class.
    public init(detection: Tally, perClass: [Int: Tally]) {
        self.detection = detection
        self.perClass = perClass
    }

    /// One image's counts: class-agnostic greedy matching, then the same matching per
    /// class between that class's predictions and ground truth.
    ///
    /// As in the reference, matching only runs when both sides are non-empty.
    ///
    /// - Parameters:
    ///   - groundTruth: Ground-truth points with their classes.
    ///   - predictions: Predicted points with classes and scores.
    ///   - radius: Largest matched distance, inclusive (`match_dis` = 12).
    /// - Returns: The image's counts.
    public static func image(
        groundTruth: [TypedPoint], predictions: [TypedPoint], radius: Double = 12
    ) -> PromptNucSegDetectionCounts {
        let classes = Set(groundTruth.map(\.type)).union(predictions.map(\.type))
        var perClass: [Int: Tally] = [:]
        for type in classes {
            perClass[type] = tally(
                groundTruth: groundTruth.filter { $0.type == type },
                predictions: predictions.filter { $0.type == type },
                radius: radius
            )
        }
        return PromptNucSegDetectionCounts(
            detection: tally(groundTruth: groundTruth, predictions: predictions, radius: radius),
            perClass: perClass
        )
    }

    /// Pools two sets of images; associative and commutative.
    ///
    /// - Parameters:
    ///   - lhs: Counts of some images.
    ///   - rhs: Counts of other images.
    /// - Returns: The counts of both.
    public static func + (lhs: PromptNucSegDetectionCounts, rhs: PromptNucSegDetectionCounts)
        -> PromptNucSegDetectionCounts
    {
        PromptNucSegDetectionCounts(
            detection: lhs.detection + rhs.detection,
            perClass: lhs.perClass.merging(rhs.perClass, uniquingKeysWith: +)
        )
    }

    /// The tally of one matching.
    private static func tally(groundTruth: [TypedPoint], predictions: [TypedPoint], radius: Double) -> Tally {
        var matched = 0
        if !groundTruth.isEmpty, !predictions.isEmpty {
            matched = GreedyPointMatching.matches(
                predictions: predictions, groundTruth: groundTruth.map(\.point), radius: radius
            )
            .reduce(0) { $0 + ($1 == nil ? 0 : 1) }
        }
        return Tally(matched: matched, predictions: predictions.count, groundTruth: groundTruth.count)
    }
}
