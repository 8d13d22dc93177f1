import ArgumentParser

/// The `nucbench` command line.
@main
struct Nucbench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Reference-exact evaluation of nucleus instance segmentation.",
        version: "0.1.0",
        subcommands: [
            MetricsCommand.self, EvalCommand.self, ReportCommand.self, CompareCommand.self, RegressCommand.self,
            SegmentCommand.self, PromptCommand.self, InferCommand.self, AblateCommand.self, DatasetsCommand.self,
            BenchCommand.self,
        ]
    )
}
