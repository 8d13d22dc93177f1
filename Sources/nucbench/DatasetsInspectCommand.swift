import ArgumentParser
import NucBench

/// `nucbench datasets inspect PATH`: layout, counts, types, instances and anomalies.
struct DatasetsInspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Report a dataset folder's layout, counts, stored types, instance counts and anomalies.",
        discussion: """
            Decodes every sample once. Anomalies: unpaired images or labels, unexpected files, images without \
            nuclei, ids that are not 1…n, label maps without background, PanNuke nuclei in two channels, \
            overlapping or degenerate MoNuSeg polygons, nuclei painted over completely, and images whose size \
            differs from their labels'. Prints one JSON object.
            """
    )

    @OptionGroup var dataset: DatasetsLayoutOptions
    @OptionGroup var cards: DatasetsCardsOptions

    @Flag(help: "Skip decoding images (labels only; no size check).")
    var labelsOnly = false

    @OptionGroup var threads: ThreadOptions

    func run() throws {
        try reportingInputErrors {
            let report = try DatasetInspection.run(
                path: dataset.path, layout: dataset.layout, catalog: try cards.catalog(required: false),
                checkImages: !labelsOnly, threads: threads.count)
            print(report.rendered)
        }
    }
}
