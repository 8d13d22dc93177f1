import ArgumentParser
import Foundation
import NucBench

/// `nucbench ablate`: the paper's ablations (Tables 6 and 7) through infer, eval and report.
struct AblateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ablate",
        abstract: "Run the ablation grid (Tables 6 and 7) through infer and eval, then report it beside the paper.",
        discussion: """
            The TOML config names the dataset and, per setting, the checkpoints it means (see AblationConfig): \
            [segmentor] vanilla (FT off) and [segmentor.fine_tuned] N = path (FT on, trained with N negatives), \
            [prompter] aux / no_aux (AUX on / off). Table 6 runs the cumulative rows none, FT, FT+AUX, \
            FT+AUX+MAPF, FT+AUX+MAPF+NP (K = 1 at training and test) with predicted prompts; --toggles keeps the \
            rows that add the listed modules (none comes with FT). Table 7 runs, with FT, AUX and MAPF on, every \
            fine-tuned segmentor x --negatives (test K) x --prompts. A setting in both tables is one run. Run names \
            are <name>-<modules>-train<N>-test<K>-<prompts>, with the ablation.* / negatives.* / prompts options \
            the report reads. The plan is printed first. Runs complete in the store are reused; inference and \
            scoring resume after a kill. Tables 6 and 7 go to --out.
            """
    )

    @Option(help: "The ablation configuration (TOML).")
    var config: String

    @Option(help: "Table 7's test counts of negative prompts, comma-separated (empty for no Table 7).")
    var negatives: String = "0,1,2"

    @Option(help: "Table 7's prompt sources, comma-separated: oracle, predicted.")
    var prompts: String = "oracle,predicted"

    @Option(help: "Table 6's modules, comma-separated: FT, AUX, MAPF, NP (empty for no Table 6).")
    var toggles: String = "FT,AUX,MAPF,NP"

    @Option(help: "Results store (SQLite).")
    var store: String = ResultsStore.defaultPath

    @Option(help: "Report folder.")
    var out: String = "Reports/ablation"

    @Option(help: "Folder holding the paper's tables (table6.csv, table7.csv).")
    var baselines: String = PaperBaseline.defaultDirectory

    @Flag(help: "Print the plan and stop.")
    var dryRun = false

    @OptionGroup var bootstrapOptions: BootstrapOptions
    @OptionGroup var threadOptions: ThreadOptions
    @OptionGroup var progressOptions: ProgressOptions

    func validate() throws {
        _ = try parsedGrid()
    }

    func run() throws {
        try reportingInputErrors {
            let grid = try parsedGrid()
            let configuration = try AblationConfig(path: config)
            let plan = try AblationPlan(
                config: configuration, toggles: grid.toggles, negatives: grid.negatives, prompts: grid.prompts)
            print(plan.description)
            if dryRun { return }
            let request = AblationRequest(
                config: configuration, plan: plan, storePath: store, baselinesDirectory: baselines, out: out,
                bootstrap: bootstrapOptions.bootstrap, threads: threadOptions.count,
                progress: progressOptions.progress)
            let outcome = try AblationRun.run(request, log: { writeToStandardError("nucbench: \($0)\n") })
            for table in outcome.report.tables { print(table.markdown) }
            print(outcome.summary)
        }
    }

    /// The comma-separated options, parsed.
    private func parsedGrid() throws
        -> (negatives: [Int], prompts: [AblationSetting.Prompts], toggles: [AblationPlan.Module])
    {
        func items(_ text: String) -> [String] {
            text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        let negatives = try items(self.negatives).map { text in
            guard let k = Int(text), k >= 0 else {
                throw ValidationError("--negatives: \"\(text)\" is not an integer ≥ 0")
            }
            return k
        }
        let prompts = try items(self.prompts).map { text in
            guard let source = AblationSetting.Prompts(rawValue: text) else {
                throw ValidationError("--prompts: \"\(text)\" is not oracle or predicted")
            }
            return source
        }
        let toggles = try items(self.toggles).map { text in
            guard let module = AblationPlan.Module(rawValue: text.uppercased()) else {
                throw ValidationError("--toggles: \"\(text)\" is not FT, AUX, MAPF or NP")
            }
            return module
        }
        return (negatives, prompts, toggles)
    }
}
