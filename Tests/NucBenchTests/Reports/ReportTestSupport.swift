import Foundation
import NucBench
import Testing

/// Hand-made Kumar and CPM-17 runs for report and comparison tests.
enum ReportTestSupport {
    /// Image `index` of a run whose scores rise with `level`: AJI and PQ counts that vary by image.
    static func instanceImage(_ index: Int, level: Int, name: String? = nil) -> ImageStatistics {
        let truePositives = 20 + index % 5 + level
        let panoptic = PanopticCounts(
            truePositives: truePositives, falsePositives: 3 + (index + level) % 3, falseNegatives: 2 + index % 4,
            iouSum: Double(truePositives) * (0.74 + 0.004 * Double((index * 7 + level) % 9)))
        let jaccard = AggregatedJaccardCounts(
            intersection: 560 + 9 * ((index * 5 + level) % 11) + 6 * level, union: 1000)
        let plus = AggregatedJaccardCounts(intersection: 580 + 7 * (index % 6) + 5 * level, union: 1000)
        return ImageStatistics(
            index: index, name: name ?? "image-\(index)", panoptic: [.all: .success(panoptic)],
            jaccard: [.aggregated: [.all: .success(jaccard)], .plus: [.all: .success(plus)]])
    }

    /// A run record on a data set with options.
    static func record(_ name: String, dataset: String, options: [String: String] = [:]) -> RunRecord {
        RunRecord(
            name: name, gitRevision: "0123abc", model: "promptnucseg-h", modelHash: "sha256:aa", dataset: dataset,
            datasetCardHash: "sha256:bb", datasetContentHash: "sha256:cc", protocolName: "promptnucseg",
            protocolVersion: "1", options: options)
    }

    /// Records a run's images in a store and finishes it (unless `finish` is false).
    static func store(
        _ record: RunRecord, images: [ImageStatistics], at path: String, finish: Bool = true
    ) throws {
        let store = try ResultsStore.open(path: path)
        let handle = try store.beginRun(record)
        for image in images { try store.record(image: image, in: handle) }
        if finish { try store.finish(handle) }
    }

    /// `count` images of a run at `level`.
    static func images(count: Int, level: Int) -> [ImageStatistics] {
        (0..<count).map { instanceImage($0, level: level) }
    }

    /// The ablation options of a module prefix, negative prompts and prompt source.
    static func ablation(modules: Int, train: Int? = nil, test: Int? = nil, prompts: String? = nil)
        -> [String: String]
    {
        var options: [String: String] = [:]
        for (position, key) in ["ablation.ft", "ablation.aux", "ablation.mapf", "ablation.np"].enumerated() {
            options[key] = position < modules ? "on" : "off"
        }
        options["negatives.train"] = train.map(String.init)
        options["negatives.test"] = test.map(String.init)
        options["prompts"] = prompts
        return options
    }

    /// Compares text with `Golden/<name>` beside the calling test file; with
    /// `NUCBENCH_RECORD_GOLDEN=1` records it and fails.
    static func expectGolden(
        _ text: String, named name: String, filePath: String = #filePath,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let url = URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("Golden/\(name)")
        if ProcessInfo.processInfo.environment["NUCBENCH_RECORD_GOLDEN"] == "1" {
            try Data(text.utf8).write(to: url)
            Issue.record(
                "recorded \(url.path); review it and run again without NUCBENCH_RECORD_GOLDEN",
                sourceLocation: sourceLocation)
            return
        }
        let golden = try String(contentsOf: url, encoding: .utf8)
        #expect(
            text == golden, "differs from \(url.path); re-record with NUCBENCH_RECORD_GOLDEN=1",
            sourceLocation: sourceLocation)
    }
}
