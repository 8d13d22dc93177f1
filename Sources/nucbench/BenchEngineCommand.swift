import ArgumentParser
import NucBench

/// `nucbench bench engine`: milliseconds per pass of the inference engine's stages at the official shapes.
struct BenchEngineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "engine",
        abstract: "Time the ViT-B encoder, 40-prompt decoder, ConvNeXt-S prompter and whole passes (random weights).",
        discussion: """
            Each stage runs one warm-up pass, then --runs timed passes at each thread count; the median, the
            minimum and the achieved GFLOP/s of the median (FLOP counts of ../shared/spec/performance.md) are
            printed. Compare with PyTorch side by side: Tools/bench/engine_side_by_side.sh.
            """
    )

    @Option(help: "Timed passes per stage and thread count.")
    var runs = 9

    @Option(help: "Comma-separated thread counts.")
    var threads = "1,2"

    @Option(help: "Comma-separated stages: encoder, decoder, prompter, pipeline, sweep.")
    var stages = "encoder,decoder,prompter"

    @Flag(help: "Print one JSON object per measurement instead of a table.")
    var json = false

    func validate() throws {
        if runs < 1 { throw ValidationError("--runs must be at least 1") }
        _ = try threadCounts()
        _ = try chosenStages()
    }

    func run() throws {
        try reportingInputErrors {
            let benchmark = try EngineBenchmark(stages: try chosenStages(), threads: try threadCounts(), runs: runs)
            if json {
                benchmark.jsonLines.forEach { print($0) }
                return
            }
            print("| stage | threads | median ms | min ms | GFLOP/s (median) |")
            print("|---|---:|---:|---:|---:|")
            for measurement in benchmark.measurements {
                let cells = [measurement.median, measurement.minimum, measurement.gigaFLOPPerSecond].map {
                    String(format: "%.1f", $0)
                }
                print(
                    "| \(measurement.stage.rawValue) | \(measurement.threads) | " + cells.joined(separator: " | ")
                        + " |")
            }
        }
    }

    private func threadCounts() throws -> [Int] {
        let counts = threads.split(separator: ",").map { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard !counts.isEmpty, counts.allSatisfy({ ($0 ?? 0) >= 1 }) else {
            throw ValidationError("--threads must list positive integers, e.g. 1,2")
        }
        return counts.compactMap { $0 }
    }

    private func chosenStages() throws -> [EngineBenchmark.Stage] {
        try stages.split(separator: ",").map { name in
            guard let stage = EngineBenchmark.Stage(rawValue: String(name)) else {
                throw ValidationError("unknown stage '\(name)'; use encoder, decoder, prompter, pipeline or sweep")
            }
            return stage
        }
    }
}
