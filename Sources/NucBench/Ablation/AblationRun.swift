/// `nucbench ablate`: runs an `AblationPlan` through inference and evaluation, then renders the
/// paper's Tables 6 and 7 beside ours.
///
/// Work is shared and resumable: a run already complete in the store (by name) is neither inferred
/// nor scored again; each inference job runs only the Ks of its incomplete runs, and `InferRun` skips
/// images whose predictions exist; scoring resumes image by image (`AblationEvaluation`). Each job's
/// folder keeps its manifest, and a folder made with other checkpoints or settings is refused.
public enum AblationRun {
    /// What happened to one run.
    public struct RunResult: Sendable, Equatable {
        /// The run name.
        public let name: String
        /// Whether the store already held the run complete.
        public let reused: Bool
        /// Images scored by this call.
        public let scored: Int
    }

    /// What an ablation did.
    public struct Outcome: Sendable {
        /// Each run, in plan order.
        public let runs: [RunResult]
        /// Each inference call: the job, its Ks and what it wrote.
        public let inferences: [(job: String, outcome: InferOutcome)]
        /// The report.
        public let report: PaperReportSet
        /// The report files written.
        public let files: [String]

        /// A summary for the terminal: the runs, the inference calls and the files.
        public var summary: String {
            var lines = ["ablation: \(runs.count) runs (\(runs.filter(\.reused).count) reused from the store)"]
            for run in runs {
                lines.append("  \(run.name): " + (run.reused ? "reused" : "scored \(run.scored) images now"))
            }
            for inference in inferences {
                for output in inference.outcome.outputs {
                    lines.append(
                        "  infer \(inference.job) K \(output.negatives): \(output.written) images written, "
                            + "\(output.skipped) resumed")
                }
            }
            for excluded in report.excluded {
                lines.append("  run \(excluded.run) fills no table: \(excluded.reason)")
            }
            lines.append("report: " + files.joined(separator: ", "))
            return lines.joined(separator: "\n")
        }
    }

    /// Runs the plan.
    ///
    /// - Parameters:
    ///   - request: The ablation.
    ///   - infer: The inference step (`InferRun.run`; replaceable in tests).
    ///   - log: Receives one progress line per step.
    /// - Returns: What was done, and the report.
    /// - Throws: `InputError` from the configuration, inference, scoring or report; `StoreError`.
    public static func run(
        _ request: AblationRequest, infer: (InferRequest) throws -> InferOutcome = InferRun.run,
        log: (String) -> Void = { _ in }
    ) throws -> Outcome {
        let plan = request.plan
        let store = try ResultsStore.open(path: request.storePath)
        var complete: Set<String> = []
        for run in plan.runs where try store.storedRun(named: run.name)?.status == .complete {
            complete.insert(run.name)
        }
        let catalog = try DatasetCatalog.load(directory: request.config.cardsDirectory)
        let name = request.config.dataset.rawValue
        guard let card = catalog.card(named: name) else {
            throw InputError("no card for \(name) in the dataset cards", file: catalog.directory)
        }
        let manifests = try plan.jobs.map { try $0.writeManifest(config: request.config) }
        var inferences: [(job: String, outcome: InferOutcome)] = []
        for (index, job) in plan.jobs.enumerated() {
            let ks = job.negatives.filter { k in
                plan.runs.contains { $0.jobName == job.name && $0.setting.test == k && !complete.contains($0.name) }
            }
            let step = "[infer \(index + 1)/\(plan.jobs.count)] \(job.name)"
            guard !ks.isEmpty else {
                log("\(step): every run complete in the store, skipped")
                continue
            }
            log("\(step): K \(ks.map(String.init).joined(separator: ","))")
            let inferRequest = job.request(
                for: ks, manifest: manifests[index], config: request.config, threads: request.threads,
                progress: request.progress)
            inferences.append((job.name, try infer(inferRequest)))
        }
        var results: [RunResult] = []
        for (index, run) in plan.runs.enumerated() {
            let reused = complete.contains(run.name)
            log("[eval \(index + 1)/\(plan.runs.count)] \(run.name)" + (reused ? ": complete in the store" : ""))
            let scored =
                reused
                ? 0
                : try AblationEvaluation.evaluate(
                    run, request: request, card: (card, "\(catalog.directory)/\(name).json"))
            results.append(RunResult(name: run.name, reused: reused, scored: scored))
        }
        let baseline = try PaperBaseline.load(directory: request.baselinesDirectory, tables: 6...7)
        let report = try PaperReportSet(
            runs: plan.runs.map(\.name), storePath: request.storePath, baseline: baseline,
            paperMethod: PaperReport.defaultPaperMethod, bootstrap: request.bootstrap)
        let files = try report.write(out: request.out)
        return Outcome(runs: results, inferences: inferences, report: report, files: files)
    }
}
