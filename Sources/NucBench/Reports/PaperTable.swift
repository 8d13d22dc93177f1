/// One of the paper's tables beside our values: cells keyed by row label and metric, each with the
/// paper's printed value, ours (with a bootstrap interval when one was computed) and the difference.
///
/// `markdown` and `csv` (PaperTable+Rendering.swift) print it; the builders are
/// `PaperReport` (Tables 1–3, one PanNuke run) and `AblationReport` (Tables 4, 6, 7, several runs).
public struct PaperTable: Sendable, Equatable {
    /// How the markdown lays the cells out.
    public enum Layout: Sendable, Equatable {
        /// A row per row label, and paper | ours | diff columns per metric (Tables 1, 2, 4, 6, 7).
        case rowsByMetric
        /// The row labels as columns of one metric, with a paper, an ours and a difference row (Table 3).
        case labelsAsColumns(paper: String, ours: String)
    }

    /// The paper's table number.
    public let number: Int
    /// The heading after `Table N: `.
    public let title: String
    /// The sentence under the heading: runs, protocol, aggregation and precision.
    public let preamble: String
    /// The header of the row-label column (for example `Tissue`).
    public let rowHeader: String
    /// The markdown layout.
    public let layout: Layout
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

// MARK: - Cells

extension PaperTable {
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
        /// Our alternative value (the ddof 1 standard deviation on Table 1's `Std` rows), or nil.
        public let oursAlternative: MetricResult<Double>?
        /// The bootstrap interval of our value, or nil when none was computed.
        public let interval: MetricResult<BootstrapInterval>?

        /// Creates a cell.
        ///
        /// - Parameters:
        ///   - row: The row label.
        ///   - metric: The metric.
        ///   - paper: The paper's value.
        ///   - ours: Our value.
        ///   - oursAlternative: Our alternative value.
        ///   - interval: The bootstrap interval of `ours`.
        public init(
            row: String, metric: String, paper: MetricResult<PaperBaseline.Value>, ours: MetricResult<Double>,
            oursAlternative: MetricResult<Double>? = nil, interval: MetricResult<BootstrapInterval>? = nil
        ) {
            self.row = row
            self.metric = metric
            self.paper = paper
            self.ours = ours
            self.oursAlternative = oursAlternative
            self.interval = interval
        }

        /// The same cell with a bootstrap interval.
        ///
        /// - Parameter interval: The interval of `ours`.
        /// - Returns: The cell with `interval` set.
        func with(interval: MetricResult<BootstrapInterval>?) -> Cell {
            Cell(
                row: row, metric: metric, paper: paper, ours: ours, oursAlternative: oursAlternative,
                interval: interval)
        }

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

    /// The paper's value at a cell, or why it has none.
    ///
    /// - Parameters:
    ///   - baseline: The paper's tables.
    ///   - table: The table number.
    ///   - row: The row label.
    ///   - column: The column group.
    ///   - method: The method.
    ///   - metric: The metric.
    /// - Returns: The printed value, or why there is none (no such cell, or `-`).
    static func paperValue(
        _ baseline: PaperBaseline, table: Int, row: String, column: String, method: String, metric: String
    ) -> MetricResult<PaperBaseline.Value> {
        guard let value = baseline.value(table: table, row: row, column: column, method: method, metric: metric) else {
            return .failure(Undefined(.notANumber, "Table \(table) has no \(metric) of \(method) for \(row)"))
        }
        guard value.double != nil else {
            return .failure(
                Undefined(.notANumber, "Table \(table) prints - (not reported) for \(method), \(row) \(metric)"))
        }
        return .success(value)
    }
}
