import Foundation

// MARK: - Markdown and CSV

extension PaperTable {
    /// Decimals printed for our values, the differences and the interval ends.
    public static let decimals = 4

    /// The CSV header of `csv`: long format, one record per row and metric.
    public static let csvHeader = [
        "table", "row", "metric", "paper", "ours", "difference", "ci_lower", "ci_upper", "ours_ddof1", "note",
    ]

    /// A GitHub-flavoured markdown rendering with a heading, the preamble, the table and footnotes.
    ///
    /// The preamble is followed by the precision; our value prints as `0.6924 [0.6810, 0.7033]`
    /// when it has a bootstrap interval, and an undefined value as `n/a [k]`, footnote `k`
    /// giving the reason.
    ///
    /// - Returns: The markdown, ending with a newline.
    public var markdown: String {
        var notes = Footnotes()
        let hasIntervals = cells.contains { $0.interval != nil }
        var lines = [
            "## Table \(number): \(title)", "",
            preamble + " precision: paper as printed (\(paperDecimals) decimals), ours and difference "
                + "(ours − paper, signed) \(Self.decimals) decimals"
                + (hasIntervals ? ", interval [lower, upper]." : "."),
            "",
        ]
        switch layout {
        case .rowsByMetric:
            let header = metrics.map { "\($0) paper | \($0) ours | \($0) diff" }
            lines.append("| \(rowHeader) | " + header.joined(separator: " | ") + " |")
            lines.append("|---|" + String(repeating: "---:|", count: 3 * metrics.count))
            for row in rows {
                let texts = metrics.compactMap { cell(row: row, metric: $0) }.map { rendered($0, notes: &notes) }
                lines.append("| \(row) | " + texts.map { $0.joined(separator: " | ") }.joined(separator: " | ") + " |")
            }
        case .labelsAsColumns(let paperLabel, let oursLabel):
            let texts = rows.compactMap { row in metrics.first.flatMap { cell(row: row, metric: $0) } }
                .map { rendered($0, notes: &notes) }
            lines.append("| \(rowHeader) | " + rows.joined(separator: " | ") + " |")
            lines.append("|---|" + String(repeating: "---:|", count: rows.count))
            for (position, label) in [paperLabel, oursLabel, "difference"].enumerated() {
                lines.append("| \(label) | " + texts.map { $0[position] }.joined(separator: " | ") + " |")
            }
        }
        lines.append("")
        lines += self.notes.map { "- \($0)" }
        lines += notes.lines
        return lines.joined(separator: "\n") + "\n"
    }

    /// The table in long format: `table,row,metric,paper,ours,difference,ci_lower,ci_upper,ours_ddof1,note`.
    ///
    /// `ci_lower`/`ci_upper` hold our value's bootstrap interval (empty when none was
    /// computed), `ours_ddof1` the ddof 1 standard deviation on Table 1's `Std` rows, and
    /// `note` the reason for every `n/a` of the record.
    ///
    /// - Returns: The CSV text (RFC 4180, `\n` line ends), ending with a newline.
    public var csv: String {
        var lines = [Self.csvHeader.joined(separator: ",")]
        for cell in cells {
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
                String(number), cell.row, cell.metric, text(cell.paper) { $0.text }, text(cell.ours, Self.fixed),
                text(cell.difference, Self.signed), cell.interval.map { text($0) { Self.fixed($0.lower) } } ?? "",
                cell.interval.map { text($0) { Self.fixed($0.upper) } } ?? "",
                cell.oursAlternative.map { text($0, Self.fixed) } ?? "", reasons.joined(separator: "; "),
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
        var ours: String
        switch cell.ours {
        case .success(let value): ours = Self.fixed(value)
        case .failure(let undefined): ours = "n/a [\(notes.number(for: "ours: " + undefined.description))]"
        }
        switch (cell.ours, cell.interval) {
        case (.success, .success(let interval)?):
            ours += " [\(Self.fixed(interval.lower)), \(Self.fixed(interval.upper))]"
        case (.success, .failure(let undefined)?):
            ours += " (interval n/a [\(notes.number(for: "interval: " + undefined.description))])"
        default:
            break
        }
        let difference: String
        switch cell.difference {
        case .success(let value): difference = Self.signed(value)
        case .failure: difference = "n/a"
        }
        return [paper, ours, difference]
    }

    /// The largest number of decimals among the paper's printed values.
    private var paperDecimals: Int {
        cells.compactMap { cell -> Int? in
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
    static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

// MARK: - Footnotes

/// Numbered reasons for `n/a` cells, each distinct reason once, in first-use order.
struct Footnotes {
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
        return ["", "- n/a: no value; a difference is n/a where the paper's value or ours is."] + reasonLines
    }

    /// The `- [k] reason` lines alone.
    var reasonLines: [String] {
        reasons.enumerated().map { "- [\($0.offset + 1)] \($0.element)" }
    }
}
