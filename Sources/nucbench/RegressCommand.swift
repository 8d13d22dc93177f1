import ArgumentParser
import NucBench

/// `nucbench regress`: the CI score gate over the results store.
struct RegressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "regress",
        abstract: "Compare stored runs with a committed score baseline (exit 0 pass, 2 regression, 3 invalid input).",
        discussion: """
            Each run the baseline names is recomputed from its stored rows (score it first with `nucbench eval`), \
            and every baseline metric is compared with ours. All metrics are higher-is-better: a value below \
            baseline - tolerance is a regression, and so is a metric our report lacks or leaves undefined. \
            Improvements are listed but fail only with --exact; summary metrics the baseline lacks are \
            listed and never fail. A baseline run that \
            is not in the store, or is incomplete, is invalid input (exit 3).

            Baseline file (JSON): {"version": 1, "tolerance": 0, "runs": {"RUN NAME": \
            {"fold1.mpq": 0.30371467348617587, "fold1.per_class[0]": 0.34949695941847003, \
            "across_folds.mpq_mean": 0.2989766380709366, ...}}}

            Metric keys are paths into the run's JSON report (as `nucbench eval --json` prints it): object keys \
            joined by ".", array elements as [i] (0-based), e.g. fold2.bpq, fold1.per_tissue.Colon.mpq, \
            across_folds.bpq_std_ddof1, fold1.per_image[4].pq[0]. Values are shortest round-trip decimals, so \
            tolerance 0 demands bit-identical scores or better. --tolerance overrides the file's tolerance.

            --update rewrites the baseline from the current runs (those it names, or every complete run \
            of the store for a new file) with every defined summary metric (all but per_image), keys sorted.
            """
    )

    @Option(help: "The baseline file (JSON).")
    var baseline: String

    @Option(help: "Largest accepted drop below a baseline value (default: the file's, else 0).")
    var tolerance: Double?

    @Option(help: "Results store (SQLite).")
    var store: String = ResultsStore.defaultPath

    @Flag(help: "Fail on improvements too, so that numbers change only together with the baseline (CI's gate).")
    var exact = false

    @Flag(help: "Write a new baseline from the current runs instead of comparing.")
    var update = false

    func validate() throws {
        if let tolerance, !(tolerance.isFinite && tolerance >= 0) {
            throw ValidationError("--tolerance must be a finite number >= 0")
        }
    }

    func run() throws {
        var passed = true
        try reportingInputErrors {
            if update {
                let written = try RegressionCheck.update(baselinePath: baseline, storePath: store, tolerance: tolerance)
                let metrics = written.runs.values.reduce(0) { $0 + $1.count }
                print("wrote \(baseline): \(written.runs.count) runs, \(metrics) metrics")
                return
            }
            let outcome = try RegressionCheck.run(
                baselinePath: baseline, storePath: store, tolerance: tolerance, exact: exact)
            print(outcome.table)
            passed = outcome.passed
        }
        if !passed { throw ExitCode(2) }
    }
}
