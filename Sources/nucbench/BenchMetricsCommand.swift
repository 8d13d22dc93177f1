import ArgumentParser
import NucBench

/// `nucbench bench metrics`: milliseconds per image of each metric on realistic synthetic maps.
struct BenchMetricsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "metrics",
        abstract: "Time PQ, AJI, AJI+, Dice2 and PanNuke per-image scoring on 256×256 maps with ~45 nuclei.",
        discussion: "Compare with the reference Python code side by side: Tools/bench/side_by_side.sh."
    )

    @Option(help: "Number of synthetic image pairs.")
    var images = 200

    @Option(help: "Timed rounds per stage (median and minimum are reported).")
    var rounds = 9

    @Option(help: "Seed of the synthetic maps.")
    var seed: UInt64 = 1

    @Option(help: "Also write the maps as .npy into this existing directory, for the reference timing script.")
    var export: String?

    @Flag(help: "Print JSON instead of a table.")
    var json = false

    @OptionGroup var threads: ThreadOptions

    func validate() throws {
        if images < 1 || rounds < 1 { throw ValidationError("--images and --rounds must be at least 1") }
    }

    func run() throws {
        try reportingInputErrors {
            let benchmark = try MetricsBenchmark(images: images, rounds: rounds, threads: threads.count, seed: seed)
            if let export { try benchmark.exportMaps(to: export) }
            if json {
                print(benchmark.json.rendered)
                return
            }
            print("nucbench metrics benchmark: \(images) synthetic 256×256 pairs, \(rounds) rounds, ms per image")
            print(
                "| stage | 1 thread median | 1 thread min | \(threads.count) threads median | \(threads.count) threads min |"
            )
            print("|---|---:|---:|---:|---:|")
            for stage in benchmark.stages {
                let timings = [stage.singleThread, stage.parallel].flatMap {
                    [$0.medianMilliseconds, $0.minimumMilliseconds]
                }
                print("| \(stage.name) | " + timings.map(format).joined(separator: " | ") + " |")
            }
        }
    }

    private func format(_ milliseconds: Double) -> String {
        let microseconds = Int((milliseconds * 1000).rounded())
        return "\(microseconds / 1000).\(String(microseconds % 1000).leftPadded(to: 3))"
    }
}

extension String {
    /// The string with leading zeros up to `width` characters.
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
