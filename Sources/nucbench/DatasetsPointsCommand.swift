import ArgumentParser
import NucBench

/// `nucbench datasets points`: PromptNucSeg's prompter ground-truth JSON of a data set.
struct DatasetsPointsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "points",
        abstract: "Write PromptNucSeg's prompter ground truth (one [cx, cy] list per class per image) of a data set.",
        discussion: """
            The points are those PromptNucSeg's extract_data.py computes: per instance, the moments of its \
            largest contour (OpenCV border following), truncated to integers, with the L1 distance-transform \
            maximum when the contour has no area; a PanNuke point takes the class of the type map under it \
            and is dropped on background. PanNuke layouts get five lists per image, Kumar and CPM-17 one \
            (class-agnostic). Keys are Images/<name>.png; pass the file to `nucbench eval --gt-points`. Every \
            image of the folder is written.
            """
    )

    @Option(help: "The data set folder (any layout `nucbench datasets inspect` detects).")
    var data: String

    @Option(help: "The JSON file to write.")
    var out: String

    func run() throws {
        try reportingInputErrors {
            let count = try PrompterGroundTruth.write(try Dataset.open(path: data), to: out)
            print("\(out): ground-truth points of \(count) images")
        }
    }
}
