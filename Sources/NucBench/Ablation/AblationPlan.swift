/// The grid `nucbench ablate` runs: which settings, their run names and options, and the inference
/// jobs that produce their predictions.
///
/// Table 6 (Shui et al., arXiv:2311.15939v4 §4.3) enables the modules cumulatively, each row adding
/// one: `none` (official SAM weights, prompter without AUX, no MAPF, no negatives), `FT` (segmentor
/// fine-tuned with 0 negatives), `FT+AUX` (prompter with AUX), `FT+AUX+MAPF` (filtering on) and
/// `FT+AUX+MAPF+NP` (segmentor trained with 1 negative, 1 at inference: the paper's K = 1); all
/// with predicted prompts. `toggles` picks the rows by the module they add; `none` comes with `FT`.
///
/// Table 7 has FT, AUX and MAPF on and one cell per fine-tuned segmentor of the configuration
/// (`# NP` train), per test count in `negatives` and per prompt source in `prompts`. Oracle runs use
/// no prompter, so they record no `ablation.aux` or `ablation.mapf`.
///
/// A setting in both tables (`FT+AUX+MAPF` is Table 7's 0/0 `Pred` cell, `FT+AUX+MAPF+NP` its
/// 1/1 `Pred` cell) is one run. Runs come in Table 6 order, then Table 7's (train, test, prompts).
public struct AblationPlan: Sendable, Equatable {
    /// One Table 6 module that `--toggles` names.
    public enum Module: String, Sendable, CaseIterable {
        /// Fine-tuned SAM.
        case fineTuning = "FT"
        /// The prompter's auxiliary mask head.
        case auxiliary = "AUX"
        /// Mask-aided prompt filtering.
        case promptFiltering = "MAPF"
        /// Negative prompts.
        case negativePrompts = "NP"
    }

    /// The runs, in plan order.
    public let runs: [AblationRunSpec]
    /// The inference jobs, each covering the runs that share a segmentor, a prompter, MAPF and the
    /// prompt source (every test K of a job, ascending, is run with one encoder pass per image).
    public let jobs: [AblationInferenceJob]

    /// Builds the plan.
    ///
    /// - Parameters:
    ///   - config: The configuration.
    ///   - toggles: The Table 6 modules whose rows run.
    ///   - negatives: Table 7's test counts of negative prompts.
    ///   - prompts: Table 7's prompt sources.
    /// - Throws: `InputError` naming the configuration file when a checkpoint a run needs is not
    ///   configured, or when the grid is empty.
    public init(
        config: AblationConfig, toggles: [Module] = Module.allCases, negatives: [Int] = [0, 1, 2],
        prompts: [AblationSetting.Prompts] = [.oracle, .predicted]
    ) throws {
        var settings: [AblationRunSpec.Setting] = []
        let table6: [(module: Module?, setting: AblationRunSpec.Setting)] = [
            (nil, .init(fineTuned: false, auxiliary: false, filtering: false, train: 0, test: 0, prompts: .predicted)),
            (
                .fineTuning,
                .init(fineTuned: true, auxiliary: false, filtering: false, train: 0, test: 0, prompts: .predicted)
            ),
            (
                .auxiliary,
                .init(fineTuned: true, auxiliary: true, filtering: false, train: 0, test: 0, prompts: .predicted)
            ),
            (
                .promptFiltering,
                .init(fineTuned: true, auxiliary: true, filtering: true, train: 0, test: 0, prompts: .predicted)
            ),
            (
                .negativePrompts,
                .init(fineTuned: true, auxiliary: true, filtering: true, train: 1, test: 1, prompts: .predicted)
            ),
        ]
        for row in table6 where toggles.contains(row.module ?? .fineTuning) {
            settings.append(row.setting)
        }
        for train in config.fineTunedSegmentors.keys.sorted() {
            for test in negatives {
                for source in [AblationSetting.Prompts.predicted, .oracle] where prompts.contains(source) {
                    let oracle = source == .oracle
                    let setting = AblationRunSpec.Setting(
                        fineTuned: true, auxiliary: oracle ? nil : true, filtering: oracle ? nil : true, train: train,
                        test: test, prompts: source)
                    if !settings.contains(setting) { settings.append(setting) }
                }
            }
        }
        guard !settings.isEmpty else {
            throw InputError(
                "the ablation grid is empty (no --toggles and no Table 7 cell: [segmentor.fine_tuned], --negatives "
                    + "and --prompts)", file: config.path)
        }
        runs = try settings.map { try AblationRunSpec(setting: $0, config: config) }
        var jobs: [AblationInferenceJob] = []
        for run in runs {
            if let index = jobs.firstIndex(where: { $0.name == run.jobName }) {
                jobs[index].negatives = Array(Set(jobs[index].negatives + [run.setting.test])).sorted()
            } else {
                jobs.append(
                    AblationInferenceJob(
                        name: run.jobName, segmentor: run.segmentor, prompter: run.prompter,
                        filtering: run.setting.filtering, negatives: [run.setting.test],
                        directory: config.predictionsDirectory + "/" + run.jobName))
            }
        }
        self.jobs = jobs
    }

    /// The plan as text: one line per run (name, tables, predictions folder), then the jobs.
    public var description: String {
        var lines = ["ablation plan: \(runs.count) runs, \(jobs.count) inference jobs"]
        for (index, run) in runs.enumerated() {
            let tables = run.tables.map { "Table \($0)" }.joined(separator: ", ")
            lines.append("  \(index + 1). \(run.name)  [\(tables): \(run.label)]")
        }
        for job in jobs {
            let ks = job.negatives.map(String.init).joined(separator: ",")
            lines.append("  infer \(job.name): K \(ks) → \(job.directory)/k{\(ks)}")
        }
        return lines.joined(separator: "\n")
    }
}
