/// A PanNuke run beside the PromptNucSeg paper in the layouts of its Tables 1, 2 and 3.
///
/// Table 1 has one row per tissue, in the paper's order, then `Average` and `Std`, each with
/// bPQ and mPQ; Table 2 has the prompter's detection and per-class P, R and F1 (when the run
/// recorded prompter tallies); Table 3 has the per-class PQ. Every cell holds the paper's
/// printed value, ours, a bootstrap interval of ours (when the run's images are given) and
/// the difference ours − paper. The paper is Shui et al., arXiv:2311.15939v4, as transcribed
/// in `Baselines/paper/` (see `PaperBaseline`).
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
    /// The paper's method (row of Tables 2 and 3, column group of Table 1) compared against.
    public let paperMethod: String
    /// Table 1: per tissue, Average and Std; metrics `bPQ`, `mPQ`.
    public let table1: Table
    /// Table 2: Detection and per class; metrics `P`, `R`, `F1`; nil without prompter tallies.
    public let table2: Table?
    /// Table 3: per class; metric `PQ`.
    public let table3: Table

    /// Compares an evaluation outcome with the paper.
    ///
    /// - Parameters:
    ///   - outcome: The run's outcome, as `PanNukeEvaluation.run` or `evaluationOutcome(ofRun:storePath:)`
    ///     returns it.
    ///   - baseline: The paper's tables; Tables 1, 2 and 3 are used.
    ///   - paperMethod: The paper's method to compare against.
    ///   - images: The run's stored images; with them the report has Table 2 (when they have
    ///     prompter tallies) and bootstrap intervals.
    ///   - bootstrap: The bootstrap settings used with `images` (0 rounds: no intervals).
    /// - Throws: `InputError` when the baseline lacks the method in Table 1, 2 or 3, or its row
    ///   and column labels are not the 19 tissues and 5 classes.
    public init(
        outcome: PanNukeEvaluationOutcome, baseline: PaperBaseline, paperMethod: String = defaultPaperMethod,
        images: [ImageStatistics] = [], bootstrap: ImageBootstrap = ImageBootstrap(rounds: 0)
    ) throws {
        runName = outcome.runName
        `protocol` = outcome.protocol
        foldCount = outcome.folds.count
        self.paperMethod = paperMethod
        var table1 = try Self.table1(outcome: outcome, baseline: baseline, method: paperMethod)
        var table3 = try Self.table3(outcome: outcome, baseline: baseline, method: paperMethod)
        if !images.isEmpty, bootstrap.rounds > 0, let reference = EvaluationProtocol(rawValue: `protocol`.rawValue) {
            let intervals = Self.table1And3Intervals(of: images, protocol: reference, bootstrap: bootstrap)
            table1 = table1.with(intervals: intervals, declaration: bootstrap.declaration)
            table3 = table3.with(intervals: intervals, declaration: bootstrap.declaration)
        }
        self.table1 = table1
        self.table3 = table3
        table2 = try Self.table2(
            images: images, runName: outcome.runName, baseline: baseline, method: paperMethod, bootstrap: bootstrap)
    }
}

// MARK: - Tables

extension PaperReport {
    /// One table of the report.
    public typealias Table = PaperTable
    /// One cell of a table.
    public typealias Cell = PaperTable.Cell

    /// The sentence under each table's heading: run, protocol, aggregation and folds.
    static func preamble(_ outcome: PanNukeEvaluationOutcome) -> String {
        let folds = outcome.folds.count
        return "Run `\(outcome.runName)`; protocol `\(outcome.protocol.rawValue)` (\(outcome.protocol.revision)); "
            + "aggregation: \(outcome.protocol.aggregation), \(folds) fold\(folds == 1 ? "" : "s");"
    }
}

// MARK: - Attaching intervals

extension PaperTable {
    /// The table with each cell's bootstrap interval and the bootstrap declared under it.
    ///
    /// - Parameters:
    ///   - intervals: Intervals by cell; a cell without one gets the reason.
    ///   - declaration: The bootstrap's settings sentence.
    /// - Returns: The table with intervals.
    func with(
        intervals: [PaperReport.CellKey: MetricResult<BootstrapInterval>], declaration: String
    ) -> PaperTable {
        let none = MetricResult<BootstrapInterval>.failure(Undefined(.notANumber, "no bootstrap value for this cell"))
        return PaperTable(
            number: number, title: title, preamble: preamble, rowHeader: rowHeader, layout: layout, rows: rows,
            metrics: metrics,
            cells: cells.map { cell in
                guard cell.ours.value != nil else { return cell }
                return cell.with(interval: intervals[PaperReport.CellKey(row: cell.row, metric: cell.metric)] ?? none)
            },
            notes: notes + [declaration])
    }
}
