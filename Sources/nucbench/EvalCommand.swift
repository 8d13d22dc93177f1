import ArgumentParser
import Foundation
import NucBench

/// `nucbench eval`: scores a data set's predictions into the results store and reports from the stored rows.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Evaluate predictions with a named reference protocol, resumably, via the results store.",
        discussion: """
            --data DIR is the PanNuke root as published: "Fold 1/", "Fold 2/", "Fold 3/", each holding
            images/foldN/types.npy and masks/foldN/masks.npy. --pred DIR holds one folder per fold: foldN/masks.npy
            (N, 256, 256, >= 5; class channels 0-4 as in PanNuke's masks.npy) or foldN/ in the published layout.
            Without --fold or --split all three folds are scored and summarised: mean and std (ddof 0 and 1) of
            the fold mPQ/bPQ, and per tissue the nanmean over folds of the fold's tissue values.
            Each image's counts are stored in one transaction (--store, default Reports/nucbench.sqlite); running
            the same command again resumes the run and gives exactly the numbers of an uninterrupted run.
            Protocols: pannuke = TissueImageAnalytics/PanNuke-metrics run.py c00014d (what PromptNucSeg reports;
            nanmean over tissues of image means); cellvit = TIO-IKIM/CellViT 05097e1 (image means, +1e-6 in DQ).
            Only PanNuke is evaluated here for now; score Kumar and CPM-17 with `nucbench metrics pairs`.
            """
    )

    /// The data sets `eval` scores.
    enum Dataset: String, ExpressibleByArgument, CaseIterable {
        /// PanNuke, three folds.
        case pannuke
    }

    @Option(help: "Data set: pannuke (Kumar and CPM-17: use `nucbench metrics pairs` for now).")
    var dataset: Dataset

    @Option(help: "PanNuke root holding \"Fold 1/\", \"Fold 2/\", \"Fold 3/\".")
    var data: String

    @Option(help: "Predictions root holding fold1/masks.npy, fold2/masks.npy, fold3/masks.npy.")
    var pred: String

    @Option(help: "Score the test fold of a PromptNucSeg split: 123 and 213 → fold 3, 321 → fold 1.")
    var split: PanNukeSplit?

    @Option(help: "Score one fold (1, 2 or 3).")
    var fold: Int?

    @Option(help: "Reference protocol: pannuke (PanNuke-metrics run.py) or cellvit.")
    var `protocol`: PanNukeCalculator.Reference = .pannuke

    @Option(help: "Run name in the store (default: pannuke-<protocol>-fold<folds>).")
    var name: String?

    @Option(help: "Results store (SQLite).")
    var store: String = ResultsStore.defaultPath

    @Option(help: "Write the full JSON report to this file.")
    var out: String?

    @Flag(help: "Print the full JSON report instead of the headline.")
    var json = false

    @Flag(help: "Add nucbench's reason for every undefined value under \"reasons\".")
    var explain = false

    @OptionGroup var threads: ThreadOptions

    func validate() throws {
        if split != nil, fold != nil { throw ValidationError("give --split or --fold, not both") }
        if let fold, !(1...3).contains(fold) { throw ValidationError("--fold must be 1, 2 or 3") }
    }

    func run() throws {
        let folds = split.map { [$0.testFold] } ?? fold.map { [$0] } ?? [1, 2, 3]
        let request = PanNukeEvaluationRequest(
            dataDirectory: data, predictionDirectory: pred, folds: folds, protocol: `protocol`, runName: name,
            storePath: store, explain: explain, threads: threads.count)
        try reportingInputErrors {
            let outcome = try PanNukeEvaluation.run(request)
            if let out {
                try Data((outcome.report.rendered + "\n").utf8).write(to: URL(fileURLWithPath: out))
            }
            print(json ? outcome.report.rendered : outcome.headline)
        }
    }
}

extension PanNukeSplit: ExpressibleByArgument {}
