import ArgumentParser

/// `nucbench metrics`: the calculators, each reproducing one reference implementation.
struct MetricsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "metrics",
        abstract: "Score predictions exactly as the reference implementations do.",
        subcommands: [
            MetricsPairsCommand.self, MetricsDetectionCommand.self, MetricsPanNukeCommand.self,
            MetricsCoNICCommand.self,
        ]
    )
}
