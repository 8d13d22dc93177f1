import ArgumentParser
import NucBench

/// `--progress`: how progress is shown on standard error.
struct ProgressOptions: ParsableArguments {
    @Option(
        help: """
            Progress on stderr: auto (one updating line with count, images/s and ETA on a terminal, \
            plain lines otherwise), plain (a line every 5 s or 10 %), or none.
            """)
    var progress: ProgressMode = .auto
}

extension ProgressMode: ExpressibleByArgument {}
