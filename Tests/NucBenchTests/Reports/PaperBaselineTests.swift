import Foundation
import NucBench
import Testing

/// The transcribed tables of arXiv:2311.15939v4 against the paper text in `shared/paper/`.
@Suite struct PaperBaselineTests {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Reports
        .deletingLastPathComponent()  // NucBenchTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // package root
        .appendingPathComponent("Baselines/paper").path

    /// Records per table: printed numbers, as counted in `Baselines/paper/README.md`.
    static let recordCounts = [1: 294, 2: 144, 3: 45, 4: 72, 5: 24, 6: 10, 7: 54, 8: 14]
    /// Distinct row labels per table (Table 1: 19 tissues, Average and Std).
    static let rowLabelCounts = [1: 21, 2: 8, 3: 9, 4: 18, 5: 6, 6: 5, 7: 9, 8: 2]

    static func baseline() throws -> PaperBaseline {
        try PaperBaseline.load(directory: directory)
    }

    static func text(
        _ baseline: PaperBaseline, _ table: Int, _ row: String, _ column: String, _ method: String, _ metric: String
    ) -> String? {
        baseline.value(table: table, row: row, column: column, method: method, metric: metric)?.text
    }
}

// MARK: - Files

extension PaperBaselineTests {
    @Test(arguments: 1...8)
    func everyFileParsesWithTheTranscribedCounts(table: Int) throws {
        let path = URL(fileURLWithPath: Self.directory).appendingPathComponent("table\(table).csv").path
        let rows = try PaperBaseline(contentsOfFile: path).rows
        #expect(rows.count == Self.recordCounts[table])
        #expect(Set(rows.map(\.row)).count == Self.rowLabelCounts[table])
        #expect(rows.allSatisfy { $0.table == table })
    }

    @Test func allTablesLoadTogether() throws {
        let baseline = try Self.baseline()
        #expect(baseline.rows.count == Self.recordCounts.values.reduce(0, +))
        #expect(baseline.rows(table: 4).filter(\.tta).count == 12)
        #expect(baseline.rows.filter { $0.value.double == nil }.map(\.row) == ["CIA-Net", "CIA-Net"])
    }
}

// MARK: - Cells against the paper text

extension PaperBaselineTests {
    @Test func table1PromptNucSegAverageAndStd() throws {
        let baseline = try Self.baseline()
        let method = "PromptNucSeg-H"
        #expect(Self.text(baseline, 1, "Average", method, method, "bPQ") == "0.6924")
        #expect(Self.text(baseline, 1, "Average", method, method, "mPQ") == "0.5123")
        #expect(Self.text(baseline, 1, "Std", method, method, "mPQ") == "0.0147")
        #expect(Self.text(baseline, 1, "Head & Neck", "Mask R-CNN", "Mask R-CNN", "bPQ") == "0.5457")
        #expect(Self.text(baseline, 1, "Average", "CellViT-H", "CellViT-H", "mPQ") == "0.4980")
        let average = baseline.value(table: 1, row: "Average", column: method, method: method, metric: "bPQ")
        #expect(average?.double == 0.6924)
        #expect(average?.decimal == Decimal(string: "0.6924"))
    }

    @Test func table4KumarAndCPM17() throws {
        let baseline = try Self.baseline()
        #expect(Self.text(baseline, 4, "PromptNucSeg-H", "Kumar", "PromptNucSeg-H", "AJI") == "0.622")
        #expect(Self.text(baseline, 4, "PromptNucSeg-H", "Kumar", "PromptNucSeg-H", "PQ") == "0.627")
        #expect(Self.text(baseline, 4, "PromptNucSeg-H + TTA", "Kumar", "PromptNucSeg-H", "PQ") == "0.631")
        #expect(Self.text(baseline, 4, "PromptNucSeg-B", "CPM-17", "PromptNucSeg-B", "PQ") == "0.726")
        #expect(Self.text(baseline, 4, "CIA-Net", "CPM-17", "CIA-Net", "AJI") == "-")
        let tta = baseline.rows(table: 4).filter { $0.row == "PromptNucSeg-H + TTA" }
        #expect(tta.count == 4 && tta.allSatisfy(\.tta))
    }

    @Test func otherTables() throws {
        let baseline = try Self.baseline()
        #expect(Self.text(baseline, 2, "PromptNucSeg", "Dead", "PromptNucSeg", "F1") == "0.46")
        #expect(Self.text(baseline, 2, "StarDist", "Detection", "StarDist", "P") == "0.85")
        #expect(Self.text(baseline, 3, "PromptNucSeg-H", "Neoplastic", "PromptNucSeg-H", "PQ") == "0.598")
        #expect(Self.text(baseline, 5, "PromptNucSeg-B", "", "PromptNucSeg-B", "MACs (G)") == "59.0")
        #expect(Self.text(baseline, 5, "HoVer-Net", "", "HoVer-Net", "FPS") == "7")
        #expect(Self.text(baseline, 6, "FT+AUX+MAPF+NP", "", "PromptNucSeg-H", "PQ") == "0.733")
        #expect(Self.text(baseline, 7, "9", "GT", "PromptNucSeg-H", "AJI") == "0.811")
        #expect(Self.text(baseline, 7, "9", "# NP", "PromptNucSeg-H", "Train") == "2")
        #expect(Self.text(baseline, 8, "Segmentor", "Nucleus", "PromptNucSeg-H", "Infl.") == "0.423")
        #expect(baseline.value(table: 8, row: "Segmentor", column: "", method: "PromptNucSeg-H", metric: "bPQ") == nil)
    }
}

// MARK: - Strict parsing

extension PaperBaselineTests {
    static let header = PaperBaseline.header.joined(separator: ",") + "\n"

    static func error(parsing text: String) -> InputError? {
        do {
            _ = try PaperBaseline(csv: text, file: "t.csv")
            return nil
        } catch let error as InputError {
            return error
        } catch {
            return nil
        }
    }

    @Test func quotedFieldsMayHoldCommasQuotesAndLineBreaks() throws {
        let text = Self.header + "1,\"Head, \"\"Neck\"\"\",\"A\nB\",m,bPQ,0.5,false\r\n2,x,,m,PQ,1,true"
        let baseline = try PaperBaseline(csv: text, file: "t.csv")
        #expect(baseline.rows.map(\.row) == ["Head, \"Neck\"", "x"])
        #expect(baseline.rows.first?.column == "A\nB")
        #expect(baseline.rows.last?.tta == true)
    }

    @Test(arguments: [
        ("1,a,b,m,PQ,0.5\n", "line 2: expected 7 fields"),
        ("1,a,b,m,PQ,0.5,false\n1,a\"x,b,m,PQ,0.5,false\n", "line 3: a double quote inside an unquoted field"),
        ("1,\"a\"x,b,m,PQ,0.5,false\n", "line 2: text after the closing quote"),
        ("1,\"a,b,m,PQ,0.5,false\n", "line 2: a quoted field is never closed"),
        ("1,a,b,m,PQ,.5,false\n", "line 2: value \".5\" is neither"),
        ("1,a,b,m,PQ,0.5,yes\n", "line 2: tta \"yes\""),
        ("9,a,b,m,PQ,0.5,false\n", "line 2: table \"9\""),
        ("1,a,b,m,PQ,0.5,false\n1,a,b,m,PQ,0.6,false\n", "two values for row \"a\""),
    ])
    func malformedInputNamesFileAndLine(body: String, message: String) {
        let error = Self.error(parsing: Self.header + body)
        #expect(error?.file == "t.csv")
        #expect(error?.message.contains(message) == true)
    }

    @Test func aWrongHeaderIsRejected() {
        #expect(Self.error(parsing: "table,row\n1,a\n")?.message.hasPrefix("line 1: expected the header") == true)
        #expect(Self.error(parsing: "")?.message.hasPrefix("line 1: the file is empty") == true)
    }
}
