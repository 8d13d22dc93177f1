import ArgumentParser
import NucBench

/// `nucbench datasets bench PATH`: label streaming throughput.
struct DatasetsBenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Time streaming a dataset's labels: raw reads and full decoding, in GB/s.",
        discussion: """
            Supports layouts whose labels are numeric .npy files: PanNuke as published (masks.npy streamed one \
            image slice at a time) and Kumar as PromptNucSeg lays it out. Run it twice to measure the page cache \
            rather than the disk. Prints one JSON object.
            """
    )

    @OptionGroup var dataset: DatasetsLayoutOptions

    @Option(help: "Stream only the first N samples.")
    var limit: Int?

    @OptionGroup var threads: ThreadOptions

    func validate() throws {
        if let limit, limit < 1 { throw ValidationError("--limit must be at least 1") }
    }

    func run() throws {
        try reportingInputErrors {
            print(
                try DatasetStreamingBenchmark.run(
                    path: dataset.path, layout: dataset.layout, limit: limit, threads: threads.count
                ).rendered)
        }
    }
}
