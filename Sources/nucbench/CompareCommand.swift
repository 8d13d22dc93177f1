import ArgumentParser
import Foundation
import NucBench

/// `nucbench compare`: two stored runs on their shared images, with paired intervals and tests.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare two stored runs image by image: B - A, paired bootstrap interval, Wilcoxon p.",
        discussion: """
            Matches the images both runs scored (by image index; names must agree), recomputes every headline \
            metric of their protocol on those images, and prints a markdown table: metric, A, B, B - A, the \
            paired bootstrap 95 % interval of B - A (the same resampled images for both runs, within tissue x \
            fold strata) and the two-sided Wilcoxon signed-rank p-value of the per-image scores (scipy 1.17.1). \
            The runs must be complete and on the same data set and protocol.
            """
    )

    @Argument(help: "Run A (the baseline).")
    var runA: String

    @Argument(help: "Run B (compared with A).")
    var runB: String

    @Option(help: "Results store (SQLite).")
    var store: String = ResultsStore.defaultPath

    @Option(help: "Also write the markdown to this file.")
    var out: String?

    @OptionGroup var bootstrapOptions: BootstrapOptions

    func run() throws {
        try reportingInputErrors {
            let comparison = try RunComparison.load(
                firstRun: runA, secondRun: runB, storePath: store, bootstrap: bootstrapOptions.bootstrap)
            let markdown = comparison.markdown
            if let out {
                do {
                    try Data(markdown.utf8).write(to: URL(fileURLWithPath: out))
                } catch {
                    throw InputError("cannot write the file: \(error.localizedDescription)", file: out)
                }
            }
            print(markdown, terminator: "")
        }
    }
}
