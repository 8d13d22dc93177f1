import ArgumentParser
import NucBench

/// `nucbench bench read`: milliseconds to decode an image and its label map.
struct BenchReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Time reading an RGB image and its label map (e.g. a Kumar TIFF + HoVer-Net .mat).",
        discussion: "Tools/bench/kumar_read_timing.sh writes a 1000×1000 Kumar-like pair and runs this."
    )

    @Option(help: "RGB image (TIFF or PNG).")
    var image: String

    @Option(help: "Label map (.mat, .npy, PNG or TIFF).")
    var labels: String

    @Option(help: "Rounds (median and minimum are reported).")
    var rounds = 21

    func validate() throws {
        if rounds < 1 { throw ValidationError("--rounds must be at least 1") }
    }

    func run() throws {
        try reportingInputErrors {
            let benchmark = try ReadBenchmark(imagePath: image, labelsPath: labels, rounds: rounds)
            print("| read | median ms | min ms |")
            print("|---|---:|---:|")
            for timing in benchmark.timings {
                let median = (timing.medianMilliseconds * 100).rounded() / 100
                let minimum = (timing.minimumMilliseconds * 100).rounded() / 100
                print("| \(timing.name) | \(median) | \(minimum) |")
            }
        }
    }
}
