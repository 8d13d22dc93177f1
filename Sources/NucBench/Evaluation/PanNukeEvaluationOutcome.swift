/// The result of `PanNukeEvaluation.run`: per-fold headlines, the across-fold summary and the
/// full report, all recomputed from the stored rows of the run.
public struct PanNukeEvaluationOutcome: Sendable {
    /// One fold's headline numbers and what they were computed from.
    public struct Fold: Sendable, Equatable {
        /// The fold number (1-based).
        public let number: Int
        /// Images whose binary PQ is defined (they have GT nuclei).
        public let imagesUsed: Int
        /// Images left out as NaN (no GT nuclei) or raising in the reference.
        public let imagesSkipped: Int
        /// Classes whose fold PQ is defined.
        public let classesUsed: Int
        /// The fold mPQ.
        public let multiClassPQ: MetricResult<Double>
        /// The fold bPQ.
        public let binaryPQ: MetricResult<Double>
    }

    /// The run's name in the store.
    public let runName: String
    /// The store file.
    public let storePath: String
    /// The protocol reproduced.
    public let `protocol`: PanNukeCalculator.Reference
    /// Images scored and recorded by this call (the rest were already in the store).
    public let newlyRecorded: Int
    /// The folds, in request order.
    public let folds: [Fold]
    /// Mean and standard deviations over folds; nil for a single fold.
    public let acrossFolds: PanNukeAcrossFolds?
    /// Per tissue, the nanmean over folds of the per-fold tissue mPQ and bPQ; nil for a single fold.
    public let tissuesAcrossFolds: [PanNukeTissue: PanNukeTissueScores]?
    /// The report, byte-identical to `PanNukeCalculator.run` on the same folds.
    public let report: JSON
    /// PromptNucSeg prompter scores pooled over the run's images, when points were evaluated.
    public internal(set) var prompter: PromptNucSegDetectionScores? = nil
    /// The pooled prompter tallies behind `prompter`.
    public internal(set) var prompterCounts: PromptNucSegDetectionCounts? = nil
}
