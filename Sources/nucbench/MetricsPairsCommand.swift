import ArgumentParser
import NucBench

/// `nucbench metrics pairs`: HoVer-Net `stats_utils` metrics of instance-map pairs, one JSON line each.
struct MetricsPairsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pairs",
        abstract: "PQ/DQ/SQ, AJI, AJI+, Dice1, Dice2, PQ at IoU 0.3 and GT centroids of each map pair.",
        discussion: """
            GT and PRED are instance maps: .npy (H, W) maps or (N, H, W) stacks of any integer or float dtype,
            PromptNucSeg's pickled Masks/*.npy dicts, PNG or TIFF grey label images, or HoVer-Net .mat files
            (inst_map); the reader is chosen by content. Ids need not be contiguous. Prints one JSON line per
            pair (HoVer-Net vqdang/hover_net 67e2ce5 semantics).
            """
    )

    @Option(help: "Ground-truth label map or .npy stack.")
    var gt: String

    @Option(help: "Predicted label map or .npy stack of the same shape.")
    var pred: String

    @Flag(help: "Add nucbench's reason for every undefined value under \"reasons\".")
    var explain = false

    @OptionGroup var threads: ThreadOptions

    func run() throws {
        try reportingInputErrors {
            try PairsCalculator.run(gtPath: gt, predPath: pred, explain: explain, threads: threads.count) { record in
                print(record.rendered)
            }
        }
    }
}
