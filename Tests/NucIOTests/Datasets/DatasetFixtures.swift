import Foundation
import NucIO
import Testing

/// The tiny dataset layouts written by `Tools/fixtures/make_dataset_fixtures.py`, and what
/// a loader must find in them (`Fixtures/datasets/expected.json`).
enum DatasetFixtures {
    /// One sample as numpy and PromptNucSeg's conversion see it.
    struct Sample {
        let json: JSON

        var name: String { json["name"]?.text ?? "" }
        var split: String { json["split"]?.text ?? "" }
        var fold: Int? { json["fold"]?.int }
        var index: Int? { json["index"]?.int }
        var tissue: String? { json["tissue"]?.text }
        var height: Int { json["height"]?.int ?? -1 }
        var width: Int { json["width"]?.int ?? -1 }
        var ids: [Int64] { (json["ids"]?.ints ?? []).map(Int64.init) }
        var instances: [Int32] { (json["instances"]?.ints ?? []).map(Int32.init) }
        var classes: [Int32]? { json["classes"]?.ints?.map(Int32.init) }
        var channels: [[Double]]? { json["channels"]?.elements?.compactMap(\.doubles) }
        var imageHeight: Int { json["image_height"]?.int ?? -1 }
        var imageWidth: Int { json["image_width"]?.int ?? -1 }
        var imageSHA256: String { json["image_sha256"]?.text ?? "" }
    }

    /// The folder holding the fixtures.
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/datasets").path

    /// The whole expectations document.
    static let expected: JSON = (try? JSON.read(path: directory + "/expected.json")) ?? .null

    /// The folder of fixture `name`.
    static func path(_ name: String) -> String {
        directory + "/" + name
    }

    /// The samples fixture `name` must yield, in order.
    static func samples(_ name: String) -> [Sample] {
        (expected[name]?["samples"]?.elements ?? []).map(Sample.init)
    }

    /// The anomaly kinds fixture `name` must report, by sample name ("" for none).
    static func anomalies(_ name: String) -> [String: [String]] {
        (expected[name]?["anomalies"]?.members ?? [:]).mapValues { $0.elements?.compactMap(\.text) ?? [] }
    }

    /// The layout fixture `name` is in.
    static func layout(_ name: String) -> String {
        expected[name]?["layout"]?.text ?? ""
    }

    /// The committed dataset cards folder, `Datasets/cards`.
    static let cardsDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Datasets/cards").path

    /// Checks every sample of `dataset` against the expectations of fixture `name`.
    static func expectSamples(
        of dataset: Dataset, matching name: String, skipping skipped: Set<String> = [],
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let expected = samples(name).filter { !skipped.contains($0.name) }
        #expect(expected.count > 0, "fixture \(name) has expectations", sourceLocation: sourceLocation)
        #expect(dataset.map(\.metadata.name) == expected.map(\.name), sourceLocation: sourceLocation)
        for (sample, expectation) in zip(dataset, expected) {
            let metadata = sample.metadata
            #expect(metadata.split == expectation.split, "\(metadata.name)", sourceLocation: sourceLocation)
            #expect(metadata.fold == expectation.fold, "\(metadata.name)", sourceLocation: sourceLocation)
            #expect(metadata.index == expectation.index, "\(metadata.name)", sourceLocation: sourceLocation)
            if let tissue = expectation.tissue {
                #expect(metadata.tissue == tissue, "\(metadata.name)", sourceLocation: sourceLocation)
            }
            let labels = try sample.labels()
            #expect(labels.instances.height == expectation.height, sourceLocation: sourceLocation)
            #expect(labels.instances.width == expectation.width, sourceLocation: sourceLocation)
            #expect(labels.instances.ids == expectation.ids, "\(metadata.name)", sourceLocation: sourceLocation)
            #expect(
                labels.instances.indices == expectation.instances, "\(metadata.name)", sourceLocation: sourceLocation)
            #expect(labels.classes == expectation.classes, "\(metadata.name)", sourceLocation: sourceLocation)
            #expect(labels.classChannels == expectation.channels, "\(metadata.name)", sourceLocation: sourceLocation)
            let image = try sample.image()
            #expect(image.height == expectation.imageHeight, sourceLocation: sourceLocation)
            #expect(image.width == expectation.imageWidth, sourceLocation: sourceLocation)
            var hasher = SHA256()
            hasher.update(image.samples)
            #expect(hasher.hexDigest() == expectation.imageSHA256, "\(metadata.name)", sourceLocation: sourceLocation)
        }
    }

    /// The anomaly kinds found in `dataset` (structure and every sample's labels), by
    /// sample name ("" when the anomaly names none).
    static func anomalyKinds(of dataset: Dataset) throws -> [String: [String]] {
        var found: [String: [String]] = [:]
        let all = try dataset.anomalies + dataset.flatMap { try $0.labels().anomalies }
        for anomaly in all {
            found[anomaly.sample ?? "", default: []].append(anomaly.kind.rawValue)
        }
        return found
    }
}
