import ArgumentParser
import NucBench

/// `nucbench metrics pannuke`: PanNuke bPQ/mPQ of one or more folds.
struct MetricsPanNukeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pannuke",
        abstract: "PanNuke bPQ and mPQ per image, tissue, class and fold; mean and std across folds.",
        discussion: """
            Each --true DIR holds masks.npy (N, 256, 256, 6) and types.npy, or is a fold as PanNuke publishes it
            ("Fold 1" with images/fold1/types.npy and masks/fold1/masks.npy); each --pred DIR holds masks.npy (or
            the published layout). Give one --true/--pred pair per fold, in the same order; two or more folds add
            the across_folds summary. Masks are memory-mapped and streamed image by image.
            Protocols: pannuke = TissueImageAnalytics/PanNuke-metrics run.py c00014d (tissue-averaged mPQ/bPQ);
            cellvit = TIO-IKIM/CellViT 05097e1 (+1e-6 in DQ, image-averaged mPQ/bPQ).
            """
    )

    @Option(name: .customLong("true"), help: "Ground-truth fold directory (repeat per fold).")
    var trueDirectories: [String]

    @Option(name: .customLong("pred"), help: "Prediction fold directory (repeat per fold).")
    var predictedDirectories: [String]

    @Option(help: "Reference protocol: pannuke (PanNuke-metrics run.py) or cellvit.")
    var `protocol`: PanNukeCalculator.Reference = .pannuke

    @Flag(help: "Add nucbench's reason for every undefined value under \"reasons\".")
    var explain = false

    @OptionGroup var threads: ThreadOptions

    func validate() throws {
        guard trueDirectories.count == predictedDirectories.count else {
            throw ValidationError("give as many --pred as --true directories (one pair per fold)")
        }
    }

    func run() throws {
        try reportingInputErrors {
            let folds = try zip(trueDirectories, predictedDirectories).map {
                try PanNukeFoldInput(trueDirectory: $0, predictedDirectory: $1)
            }
            print(
                try PanNukeCalculator.run(folds: folds, protocol: `protocol`, explain: explain, threads: threads.count)
                    .rendered)
        }
    }
}

extension PanNukeCalculator.Reference: ExpressibleByArgument {}
