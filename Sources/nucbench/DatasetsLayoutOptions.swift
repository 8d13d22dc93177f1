import ArgumentParser
import NucBench

/// `PATH [--layout NAME]`: a dataset folder and, optionally, its layout.
struct DatasetsLayoutOptions: ParsableArguments {
    @Argument(help: "The dataset folder.")
    var path: String

    @Option(
        help: ArgumentHelp(
            "The layout, instead of detecting it: \(DatasetLayout.allCases.map(\.rawValue).joined(separator: ", ")).",
            valueName: "name"))
    var layout: DatasetLayout?
}

extension DatasetLayout: ExpressibleByArgument {}
