import Foundation

/// The PromptNucSeg paper's Tables 1–8, transcribed as long-format CSV, with exact lookup.
///
/// The tables are those of Shui et al., "Unleashing the Power of Prompt-driven Nucleus Instance
/// Segmentation", arXiv:2311.15939v4 (24 Jan 2024), as transcribed in `Baselines/paper/`. Every
/// file has the header `table,row,column,method,metric,value,tta`: one record per printed number,
/// keyed by the row label, the column group, the method or setting, and the metric. `value` is
/// the printed text (the paper's precision, or `-` where the paper reports nothing), and `tta`
/// is `true` for results obtained with test-time augmentation. `Baselines/paper/README.md`
/// defines each field per table.
public struct PaperBaseline: Sendable, Equatable {
    /// Where the transcribed tables are by default: `Baselines/paper` in the working directory,
    /// else in the nucbench checkout the process runs from (so reports work from any folder).
    public static var defaultDirectory: String {
        let local = "Baselines/paper"
        if FileManager.default.fileExists(atPath: local) { return local }
        return SourceRevision.checkout.map { $0 + "/" + local } ?? local
    }

    /// The header every transcription file starts with.
    public static let header = ["table", "row", "column", "method", "metric", "value", "tta"]

    /// The records in file order.
    public let rows: [Row]
    private let index: [Key: Int]

    /// Creates a baseline from records, rejecting two records with the same key.
    ///
    /// - Parameter rows: The records.
    /// - Throws: `InputError` when two records share table, row, column, method and metric.
    public init(rows: [Row]) throws {
        var index: [Key: Int] = [:]
        for (position, row) in rows.enumerated() {
            let key = Key(row)
            guard index.updateValue(position, forKey: key) == nil else {
                throw InputError(
                    "table \(row.table) has two values for row \"\(row.row)\", column \"\(row.column)\", "
                        + "method \"\(row.method)\", metric \"\(row.metric)\"")
            }
        }
        self.rows = rows
        self.index = index
    }

    /// Parses one transcription file's text.
    ///
    /// - Parameters:
    ///   - text: The CSV text.
    ///   - file: The path named in errors.
    /// - Throws: `InputError` with the file and line of a malformed record, a wrong header,
    ///   a value that is neither a decimal nor `-`, a `tta` other than `true`/`false`, or a
    ///   duplicate key.
    public init(csv text: String, file: String) throws {
        let table = try CSVTable(parsing: text, file: file)
        guard table.header == Self.header else {
            throw InputError(
                "line 1: expected the header \(Self.header.joined(separator: ",")), "
                    + "got \(table.header.joined(separator: ","))", file: file)
        }
        let rows = try table.records.map { try Row(record: $0, file: file) }
        do {
            try self.init(rows: rows)
        } catch let error as InputError {
            throw error.inFile(file)
        }
    }

    /// Reads and parses one transcription file.
    ///
    /// - Parameter path: The CSV file.
    /// - Throws: `InputError` when the file cannot be read or does not parse.
    public init(contentsOfFile path: String) throws {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw InputError("cannot read the file: \(error.localizedDescription)", file: path)
        }
        try self.init(csv: text, file: path)
    }

    /// Reads `table1.csv` … `table8.csv` (or the given tables) from a directory into one baseline.
    ///
    /// - Parameters:
    ///   - directory: The folder holding the files, normally `Baselines/paper`.
    ///   - tables: The table numbers to read.
    /// - Returns: The records of all the files, table by table.
    /// - Throws: `InputError` for a missing or malformed file, or a record whose `table` field
    ///   differs from its file's number.
    public static func load(directory: String, tables: ClosedRange<Int> = 1...8) throws -> PaperBaseline {
        var rows: [Row] = []
        for table in tables {
            let path = URL(fileURLWithPath: directory).appendingPathComponent("table\(table).csv").path
            let file = try PaperBaseline(contentsOfFile: path)
            if let stray = file.rows.first(where: { $0.table != table }) {
                throw InputError("a record of table \(stray.table) in the file of table \(table)", file: path)
            }
            rows += file.rows
        }
        return try PaperBaseline(rows: rows)
    }

    /// The records of one table, in file order.
    ///
    /// - Parameter table: The table number.
    /// - Returns: Its records.
    public func rows(table: Int) -> [Row] {
        rows.filter { $0.table == table }
    }

    /// The printed value at one cell.
    ///
    /// - Parameters:
    ///   - table: The table number, 1–8.
    ///   - row: The row label, e.g. a tissue (Table 1) or a method (Tables 2–5).
    ///   - column: The printed column group, e.g. `Kumar`, or the empty string when there is none.
    ///   - method: The method or setting the value belongs to.
    ///   - metric: The metric as printed, e.g. `bPQ`, `AJI`, `F1`.
    /// - Returns: The value, or `nil` when the paper has no such cell.
    public func value(table: Int, row: String, column: String, method: String, metric: String) -> Value? {
        let key = Key(table: table, row: row, column: column, method: method, metric: metric)
        return index[key].map { rows[$0].value }
    }
}

// MARK: - Records

extension PaperBaseline {
    /// One printed number and where it stands in the paper.
    public struct Row: Sendable, Equatable {
        /// The table number.
        public let table: Int
        /// The row label as printed, without citations.
        public let row: String
        /// The column group as printed, or the empty string.
        public let column: String
        /// The method or setting the value belongs to.
        public let method: String
        /// The metric as printed.
        public let metric: String
        /// The printed value.
        public let value: Value
        /// Whether the result was obtained with test-time augmentation (Table 4's blue rows).
        public let tta: Bool

        fileprivate init(record: CSVTable.Record, file: String) throws {
            let fields = record.fields
            guard let table = Int(fields[0]), (1...8).contains(table) else {
                throw InputError("line \(record.line): table \"\(fields[0])\" is not 1–8", file: file)
            }
            guard let value = Value(text: fields[5]) else {
                throw InputError(
                    "line \(record.line): value \"\(fields[5])\" is neither a decimal number nor -", file: file)
            }
            guard let tta = ["false": false, "true": true][fields[6]] else {
                throw InputError("line \(record.line): tta \"\(fields[6])\" is neither true nor false", file: file)
            }
            self.table = table
            row = fields[1]
            column = fields[2]
            method = fields[3]
            metric = fields[4]
            self.value = value
            self.tta = tta
        }
    }

    /// A value exactly as the paper prints it, with its numeric readings.
    public struct Value: Sendable, Equatable {
        /// The printed text at the paper's precision (`0.5123`), or `-` for not reported.
        public let text: String

        /// Creates a value from printed text: digits with an optional fraction, or `-`.
        ///
        /// Fails when `text` is neither.
        ///
        /// - Parameter text: The printed text.
        public init?(text: String) {
            let parts = text.split(separator: ".", omittingEmptySubsequences: false)
            let isDecimal =
                (1...2).contains(parts.count)
                && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { ("0"..."9").contains($0) } }
            guard isDecimal || text == "-" else { return nil }
            self.text = text
        }

        /// The value as an exact decimal, or `nil` when the paper reports none.
        public var decimal: Decimal? {
            text == "-" ? nil : Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))
        }

        /// The value as the nearest double, or `nil` when the paper reports none.
        public var double: Double? {
            Double(text)
        }
    }

    private struct Key: Hashable {
        let table: Int
        let row: String
        let column: String
        let method: String
        let metric: String

        init(table: Int, row: String, column: String, method: String, metric: String) {
            self.table = table
            self.row = row
            self.column = column
            self.method = method
            self.metric = metric
        }

        init(_ row: Row) {
            self.init(table: row.table, row: row.row, column: row.column, method: row.method, metric: row.metric)
        }
    }
}
