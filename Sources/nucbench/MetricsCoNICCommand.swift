import ArgumentParser
import NucBench

/// `nucbench metrics conic`: CoNIC mPQ+ and binary PQ.
struct MetricsCoNICCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "conic",
        abstract: "CoNIC mPQ+ (counts pooled over images) and binary PQ (mean over images).",
        discussion: """
            TRUE and PRED are .npy arrays (N, H, W, 2): instance map and class map (1-6).
            Reference: TissueImageAnalytics/CoNIC c1c4964 compute_stats.py --mode=seg_class.
            """
    )

    @Option(name: .customLong("true"), help: "Ground truth .npy (N, H, W, 2).")
    var truePath: String

    @Option(name: .customLong("pred"), help: "Prediction .npy of the same shape.")
    var predictedPath: String

    @Flag(help: "Add nucbench's reason for an undefined result under \"reasons\".")
    var explain = false

    @OptionGroup var threads: ThreadOptions

    func run() throws {
        try reportingInputErrors {
            print(
                try CoNICCalculator.run(
                    truePath: truePath, predPath: predictedPath, explain: explain, threads: threads.count
                ).rendered)
        }
    }
}
