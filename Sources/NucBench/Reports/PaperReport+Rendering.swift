import Foundation

// MARK: - Markdown and CSV

extension PaperReport {
    /// Decimals printed for our values and the differences (the paper prints PQ to 4 in Table 1).
    public static let decimals = 4

    /// The CSV header of `csv(_:)`: long format, one record per row and metric.
    public static let csvHeader = ["table", "row", "metric", "paper", "ours", "difference", "ours_ddof1", "note"]

    /// A GitHub-flavoured markdown rendering of one table with a header line and footnotes.
    ///
    /// The header line names the run, the protocol and its revision, the aggregation and the
    /// precision; an undefined value prints as `n/a [k]`, and footnote `k` gives the reason.
    ///
    /// - Parameter table: `table1` or `table3`.
    /// - Returns: The markdown, ending with a newline.
    public func markdown(_ table: Table) -> String {
        var notes = Footnotes()
        var lines = [
            "## Table \(table.number): PanNuke \(table.number == 1 ? "PQ per tissue" : "PQ per class")"
                + " — \(paperMethod) (paper) vs \(runName) (ours)",
            "",
            "Run `\(runName)`; protocol `\(`protocol`.rawValue)` (\(`protocol`.revision)); "
                + "aggregation: \(`protocol`.aggregation), \(foldCount) fold\(foldCount == 1 ? "" : "s"); "
                + "precision: paper as printed (\(paperDecimals(table)) decimals), ours and difference "
                + "(ours − paper, signed) \(Self.decimals) decimals.",
            "",
        ]
        if table.number == 1 {
            let header = table.metrics.map { "\($0) paper | \($0) ours | \($0) diff" }
            lines.append("| Tissue | " + header.joined(separator: " | ") + " |")
            lines.append("|---|" + String(repeating: "---:|", count: 3 * table.metrics.count))
            for row in table.rows {
                let cells = table.metrics.compactMap { table.cell(row: row, metric: $0) }
                lines.append(
                    "| \(row) | "
                        + cells.map { rendered($0, notes: &notes).joined(separator: " | ") }.joined(separator: " | ")
                        + " |")
            }
        } else {
            let cells = table.rows.compactMap { row in table.metrics.first.flatMap { table.cell(row: row, metric: $0) }
            }
            let texts = cells.map { rendered($0, notes: &notes) }
            lines.append("| PQ | " + table.rows.joined(separator: " | ") + " |")
            lines.append("|---|" + String(repeating: "---:|", count: table.rows.count))
            for (position, label) in ["\(paperMethod) (paper)", "\(runName) (ours)", "difference"].enumerated() {
                lines.append("| \(label) | " + texts.map { $0[position] }.joined(separator: " | ") + " |")
            }
        }
        lines.append("")
        lines += table.notes.map { "- \($0)" }
        lines += notes.lines
        return lines.joined(separator: "\n") + "\n"
    }

    /// The table in long format: `table,row,metric,paper,ours,difference,ours_ddof1,note`.
    ///
    /// `ours_ddof1` holds the ddof 1 standard deviation on `Std` rows and is empty elsewhere;
    /// `note` gives the reason for every `n/a` of the record.
    ///
    /// - Parameter table: `table1` or `table3`.
    /// - Returns: The CSV text (RFC 4180, `\n` line ends), ending with a newline.
    public func csv(_ table: Table) -> String {
        var lines = [Self.csvHeader.joined(separator: ",")]
        for cell in table.cells {
            var reasons: [String] = []
            func text<Value>(_ value: MetricResult<Value>, _ format: (Value) -> String) -> String {
                switch value {
                case .success(let value): return format(value)
                case .failure(let undefined):
                    if !reasons.contains(undefined.description) { reasons.append(undefined.description) }
                    return "n/a"
                }
            }
            let fields = [
                String(table.number), cell.row, cell.metric, text(cell.paper) { $0.text }, text(cell.ours, Self.fixed),
                text(cell.difference, Self.signed), cell.oursAlternative.map { text($0, Self.fixed) } ?? "",
                reasons.joined(separator: "; "),
            ]
            lines.append(fields.map(Self.csvField).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: - Cells

    /// Paper, ours and difference texts of one cell, registering footnotes for `n/a`.
    private func rendered(_ cell: Cell, notes: inout Footnotes) -> [String] {
        let paper: String
        switch cell.paper {
        case .success(let value): paper = value.text
        case .failure(let undefined): paper = "n/a [\(notes.number(for: "paper: " + undefined.reason))]"
        }
        let ours: String
        switch cell.ours {
        case .success(let value): ours = Self.fixed(value)
        case .failure(let undefined): ours = "n/a [\(notes.number(for: "ours: " + undefined.description))]"
        }
        let difference: String
        switch cell.difference {
        case .success(let value): difference = Self.signed(value)
        case .failure: difference = "n/a"
        }
        return [paper, ours, difference]
    }

    /// The largest number of decimals among the paper's printed values of a table.
    private func paperDecimals(_ table: Table) -> Int {
        table.cells.compactMap { cell -> Int? in
            guard case .success(let value) = cell.paper else { return nil }
            return value.text.split(separator: ".").dropFirst().first?.count ?? 0
        }.max() ?? 0
    }

    /// A value to `decimals` places (`0.6924`).
    static func fixed(_ value: Double) -> String {
        String(format: "%.\(decimals)f", value)
    }

    /// A difference to `decimals` places with its sign (`+0.0123`, `-0.0040`).
    static func signed(_ value: Double) -> String {
        String(format: "%+.\(decimals)f", value)
    }

    /// A CSV field, quoted when it holds a comma, a quote or a line break (RFC 4180).
    private static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

// MARK: - Footnotes

extension PaperReport {
    /// Numbered reasons for `n/a` cells, each distinct reason once, in first-use order.
    private struct Footnotes {
        private var reasons: [String] = []

        /// The number of a reason, adding it when new.
        mutating func number(for reason: String) -> Int {
            if let index = reasons.firstIndex(of: reason) { return index + 1 }
            reasons.append(reason)
            return reasons.count
        }

        /// `[k] reason` lines, after a line explaining `n/a` differences; empty without reasons.
        var lines: [String] {
            guard !reasons.isEmpty else { return [] }
            return ["", "- n/a: no value; a difference is n/a where the paper's value or ours is."]
                + reasons.enumerated().map { "- [\($0.offset + 1)] \($0.element)" }
        }
    }
}
