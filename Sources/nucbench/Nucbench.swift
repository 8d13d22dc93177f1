import ArgumentParser
import NucBench

/// The `nucbench` command line.
@main
struct Nucbench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Reference-exact evaluation of nucleus instance segmentation."
    )
}
