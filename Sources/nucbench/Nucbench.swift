import ArgumentParser

/// The `nucbench` command line.
@main
struct Nucbench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Reference-exact evaluation of nucleus instance segmentation.",
        subcommands: [MetricsCommand.self, BenchCommand.self]
    )
}
