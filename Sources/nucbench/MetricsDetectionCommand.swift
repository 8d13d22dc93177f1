import ArgumentParser
import NucBench

/// `nucbench metrics detection`: centroid detection and classification scores of a point set.
struct MetricsDetectionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "detection",
        abstract: "HoVer-Net type statistics (float32 centroids) and CellViT P/R/F1 (float64) of a point set.",
        discussion: """
            SET.json: {"radius": 12, "exhaustive": true, "images": [{"gt": [[x, y, type], ...], "pred": [...]}, ...]}.
            Matching: minimum-total-distance assignment over all points, then pairs with distance <= radius;
            an image with no point on one side gets the reference's dummy point (0, 0) of type 0.
            References: vqdang/hover_net 67e2ce5 compute_stats.py run_nuclei_type_stat; TIO-IKIM/CellViT 05097e1.
            """
    )

    @Option(help: "The detection set (JSON).")
    var input: String

    @Flag(help: "Add nucbench's reason for every undefined value under \"reasons\".")
    var explain = false

    func run() throws {
        try reportingInputErrors {
            print(try DetectionCalculator.run(path: input, explain: explain).rendered)
        }
    }
}
