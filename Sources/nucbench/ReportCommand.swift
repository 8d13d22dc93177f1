import ArgumentParser
import Foundation
import NucBench

/// `nucbench report`: a stored PanNuke run beside the PromptNucSeg paper's Tables 1 and 3.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Compare stored PanNuke runs with the paper's Tables 1 (PQ per tissue) and 3 (PQ per class).",
        discussion: """
            For each RUN of the store, writes table1.md, table1.csv, table3.md and table3.csv into --out DIR
            (default Reports/<run>/; with several runs, DIR/<run>/) and prints the markdown. Every cell has the
            paper's value as printed, ours to 4 decimals and the signed difference ours - paper; n/a cells
            have a footnote with the reason. Std is the across-fold standard deviation with ddof 0 (the CSV
            adds ddof 1). Paper values come from --baselines (Baselines/paper, arXiv:2311.15939v4).
            """
    )

    @Argument(help: "Run names in the store (see `nucbench eval --name`).")
    var runs: [String]

    @Option(help: "Results store (SQLite).")
    var store: String = ResultsStore.defaultPath

    @Option(help: "Output folder (default Reports/<run>/; with several runs, one subfolder per run).")
    var out: String?

    @Option(help: "The paper's method to compare against, as printed in Tables 1 and 3.")
    var paperMethod: String = PaperReport.defaultPaperMethod

    @Option(help: "Folder holding the paper's tables (table1.csv, table3.csv).")
    var baselines: String = "Baselines/paper"

    func validate() throws {
        if runs.isEmpty { throw ValidationError("name at least one run") }
    }

    func run() throws {
        try reportingInputErrors {
            let baseline = try PaperBaseline.load(directory: baselines, tables: 1...3)
            for name in runs {
                let outcome = try PaperReport.evaluationOutcome(ofRun: name, storePath: store)
                let report = try PaperReport(outcome: outcome, baseline: baseline, paperMethod: paperMethod)
                let directory = out.map { runs.count == 1 ? $0 : "\($0)/\(name)" } ?? "Reports/\(name)"
                try report.write(to: directory)
                print(report.markdown(report.table1))
                print(report.markdown(report.table3))
            }
        }
    }
}
