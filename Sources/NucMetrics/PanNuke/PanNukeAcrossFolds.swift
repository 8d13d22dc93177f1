/// mPQ and bPQ summarised over folds (mean and both standard deviations).
///
/// No reference script performs this step (metrics spec §9.3); papers report mean ± std
/// of the per-fold values. The fold order is the order of the array passed in.
public struct PanNukeAcrossFolds: Sendable, Equatable {
    /// Spread of the fold mPQs.
    public let multiClassPQ: FoldSpread
    /// Spread of the fold bPQs.
    public let binaryPQ: FoldSpread

    /// Summarises fold scores of either protocol (tissue-averaged or image-averaged headlines).
    ///
    /// - Parameter folds: One result per fold, in fold order; a fold whose evaluation
    ///   raised makes every summary undefined.
    public init<Fold: PanNukeFoldSummary>(folds: [MetricResult<Fold>]) {
        self.init(
            multiClassPQ: FoldSpread(folds.map { $0.flatMap(\.multiClassPQ) }),
            binaryPQ: FoldSpread(folds.map { $0.flatMap(\.binaryPQ) })
        )
    }

    /// Pairs the two summaries.
    ///
    /// - Parameters:
    ///   - multiClassPQ: Spread of the fold mPQs.
    ///   - binaryPQ: Spread of the fold bPQs.
    init(multiClassPQ: FoldSpread, binaryPQ: FoldSpread) {
        self.multiClassPQ = multiClassPQ
        self.binaryPQ = binaryPQ
    }
}
