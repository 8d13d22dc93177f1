import ArgumentParser
import Foundation
import NucBench

/// `nucbench report`: stored runs beside the PromptNucSeg paper's Tables 1–4, 6 and 7.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Compare stored runs with the paper's tables (PanNuke 1–3, Kumar/CPM-17 4, ablations 6–7).",
        discussion: """
            Picks the tables the runs can fill. A PanNuke run gives Table 1 (PQ per tissue), Table 3 (PQ per \
            class) and, when it recorded prompter tallies, Table 2 (detection and per-class P/R/F1); they go to \
            --out DIR (default Reports/<run>/; with several runs, DIR/<run>/). Kumar and CPM-17 runs fill \
            Table 4; CPM-17 runs with ablation options (ablation.ft/aux/mapf/np = on|off, negatives.train/test \
            = N, prompts = predicted|oracle) fill Tables 6 and 7; these go to DIR (default Reports/). Every cell \
            has the paper's value as printed, ours to 4 decimals with a bootstrap 95 % interval [lower, upper] \
            (images resampled within tissue x fold strata; rounds and seed printed under each table) and the \
            signed difference ours - paper; n/a cells have a footnote with the reason. Paper values come from \
            --baselines (Baselines/paper, arXiv:2311.15939v4).
            """
    )

    @Argument(help: "Run names in the store (see `nucbench eval --name`).")
    var runs: [String]

    @Option(help: "Results store (SQLite).")
    var store: String = ResultsStore.defaultPath

    @Option(help: "Output folder (see the discussion for the layout).")
    var out: String?

    @Option(help: "The paper's method to compare against, as printed in Tables 1, 3 and 4.")
    var paperMethod: String = PaperReport.defaultPaperMethod

    @Option(help: "Folder holding the paper's tables (table1.csv … table7.csv).")
    var baselines: String = PaperBaseline.defaultDirectory

    @OptionGroup var bootstrapOptions: BootstrapOptions

    func validate() throws {
        if runs.isEmpty { throw ValidationError("name at least one run") }
    }

    func run() throws {
        try reportingInputErrors {
            let baseline = try PaperBaseline.load(directory: baselines, tables: 1...7)
            let reports = try PaperReportSet(
                runs: runs, storePath: store, baseline: baseline, paperMethod: paperMethod,
                bootstrap: bootstrapOptions.bootstrap)
            try reports.write(out: out)
            for excluded in reports.excluded {
                writeToStandardError("nucbench: run \(excluded.run) fills no table: \(excluded.reason)\n")
            }
            for table in reports.tables { print(table.markdown) }
        }
    }
}
