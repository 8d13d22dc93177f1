/// A PanNuke run set beside the PromptNucSeg paper in the layouts of its Tables 1 and 3.
///
/// Table 1 has one row per tissue, in the paper's order, then `Average` and `Std`, each with
/// bPQ and mPQ; Table 3 has the per-class PQ. Every cell holds the paper's printed value, ours
/// and the difference ours − paper. The paper is Shui et al., arXiv:2311.15939v4, as
/// transcribed in `Baselines/paper/` (see `PaperBaseline`).
///
/// Ours: a tissue row is the nanmean over folds of the fold's tissue value
/// (`PanNukeEvaluationOutcome.tissuesAcrossFolds`); `Average` is the mean over folds of the fold
/// bPQ/mPQ; `Std` is their standard deviation across folds with ddof 0 (the paper does not say
/// which; ddof 1 is kept beside it); a class PQ is the mean over folds of the fold's class PQ.
public struct PaperReport: Sendable {
    /// The PromptNucSeg paper's own method, compared against unless another is chosen.
    public static let defaultPaperMethod = "PromptNucSeg-H"

    /// The run compared.
    public let runName: String
    /// The protocol the run reproduces.
    public let `protocol`: PanNukeCalculator.Reference
    /// How many folds the run scored.
    public let foldCount: Int
    /// The paper's method (row of Table 3, column group of Table 1) compared against.
    public let paperMethod: String
    /// Table 1: per tissue, Average and Std; metrics `bPQ`, `mPQ`.
    public let table1: Table
    /// Table 3: per class; metric `PQ`.
    public let table3: Table

    /// Compares an evaluation outcome with the paper.
    ///
    /// - Parameters:
    ///   - outcome: The run's outcome, as `PanNukeEvaluation.run` or `evaluationOutcome(ofRun:storePath:)`
    ///     returns it.
    ///   - baseline: The paper's tables; Tables 1 and 3 are used.
    ///   - paperMethod: The paper's method to compare against.
    /// - Throws: `InputError` when the baseline lacks the method in Table 1 or 3, or its row and
    ///   column labels are not the 19 tissues and 5 classes.
    public init(
        outcome: PanNukeEvaluationOutcome, baseline: PaperBaseline, paperMethod: String = defaultPaperMethod
    ) throws {
        runName = outcome.runName
        `protocol` = outcome.protocol
        foldCount = outcome.folds.count
        self.paperMethod = paperMethod
        table1 = try Self.table1(outcome: outcome, baseline: baseline, method: paperMethod)
        table3 = try Self.table3(outcome: outcome, baseline: baseline, method: paperMethod)
    }
}

// MARK: - Tables

extension PaperReport {
    /// One table of the report: cells keyed by row label and metric.
    public struct Table: Sendable, Equatable {
        /// The paper's table number (1 or 3).
        public let number: Int
        /// The row labels as the paper prints them, in its order.
        public let rows: [String]
        /// The metrics as the paper prints them, in its order.
        public let metrics: [String]
        /// The cells, row by row and, within a row, metric by metric.
        public let cells: [Cell]
        /// Notes on how our values are aggregated, printed under the table.
        public let notes: [String]

        /// The cell at a row and metric.
        ///
        /// - Parameters:
        ///   - row: The row label as the paper prints it.
        ///   - metric: The metric as the paper prints it.
        /// - Returns: The cell, or nil when the table has none there.
        public func cell(row: String, metric: String) -> Cell? {
            cells.first { $0.row == row && $0.metric == metric }
        }
    }

    /// The paper's value, ours and their difference at one row and metric.
    public struct Cell: Sendable, Equatable {
        /// The row label as the paper prints it.
        public let row: String
        /// The metric as the paper prints it.
        public let metric: String
        /// The paper's value, or why there is none.
        public let paper: MetricResult<PaperBaseline.Value>
        /// Our value, or why there is none.
        public let ours: MetricResult<Double>
        /// Our alternative value (the ddof 1 standard deviation on `Std` rows), or nil.
        public let oursAlternative: MetricResult<Double>?

        /// Ours − paper, or why there is none.
        public var difference: MetricResult<Double> {
            switch (paper, ours) {
            case (.failure(let undefined), _), (_, .failure(let undefined)):
                return .failure(Undefined(undefined.kind, "no difference: \(undefined.reason)"))
            case (.success(let printed), .success(let value)):
                guard let paperNumber = printed.double else {
                    return .failure(Undefined(.notANumber, "no difference: the paper reports no value"))
                }
                return .success(value - paperNumber)
            }
        }
    }
}
