import ArgumentParser

/// `nucbench bench`: benchmarks (kept out of the test suite).
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure speed on this machine.",
        subcommands: [BenchMetricsCommand.self, BenchReadCommand.self, BenchEngineCommand.self]
    )
}
