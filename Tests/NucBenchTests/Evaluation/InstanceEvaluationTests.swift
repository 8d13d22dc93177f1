import Foundation
import NucBench
import Testing

/// `nucbench eval --dataset kumar|cpm17`: per-image values and means equal the reference fixtures,
/// kill-and-resume gives the same numbers, and bad input is refused with exact messages.
@Suite struct InstanceEvaluationTests {
    /// Checks every per-image list and headline of `scores` against the `expected.json` section.
    static func expectReference(_ scores: RunScores, _ section: JSON, protocol: EvaluationProtocol) {
        let images = section["images"]?.elements ?? []
        #expect(scores.imageCount == images.count)
        let metrics: [(RunMetric, String)] = [
            (.aji, "aji"), (.ajiPlus, "aji_plus"), (.pq, "pq"), (.dq, "dq"), (.sq, "sq"),
        ]
        for (metric, key) in metrics {
            let list = scores.perImage[metric]
            for (position, image) in images.enumerated() {
                let emptyTruth = image["n_gt"]?.int == 0 && ["pq", "dq", "sq"].contains(key)
                if `protocol` == .promptnucseg && emptyTruth {
                    #expect(list?.values[position].undefined?.kind == .notANumber, "\(key) of image \(position)")
                } else {
                    #expect(list?.values[position].value == image[key]?.double, "\(key) of image \(position)")
                }
            }
            let mean = section["means"]?[`protocol`.rawValue]?[key]?.double
            #expect(scores.headline(metric)?.value.value == mean, "mean \(key)")
            #expect(list?.mean.value == mean)
            if let used = section["means"]?["promptnucseg"]?["used"]?[key]?.int, `protocol` == .promptnucseg {
                #expect(scores.headline(metric)?.used == used)
                #expect(scores.headline(metric)?.skipped == images.count - used)
            }
        }
    }
}

extension InstanceEvaluationTests {
    @Test(arguments: [EvaluationProtocol.promptnucseg, .hovernet])
    func kumarEqualsTheReferencePerImageAndOnAverage(protocol: EvaluationProtocol) throws {
        try InstanceEvaluationSupport.withDirectory { root in
            let (data, pred) = try InstanceEvaluationSupport.kumar(in: root)
            let outcome = try InstanceEvaluation.run(
                InstanceEvaluationSupport.request(
                    .kumar, data: data, pred: pred, store: root + "/store.sqlite", protocol: `protocol`))
            #expect(outcome.newlyRecorded == 6)
            #expect(outcome.runName == "kumar-\(`protocol`.rawValue)-test")
            Self.expectReference(
                outcome.scores, try InstanceEvaluationSupport.expected()["kumar"] ?? .null,
                protocol: `protocol`)
            #expect(outcome.radii.map(\.pixels) == [12])
            #expect(outcome.headline.contains("centroid radius: 12 px = 3 µm (0.25 µm/px from card kumar)"))
            #expect(outcome.headline.contains("protocol \(`protocol`.rawValue): \(`protocol`.revision)"))
            #expect(outcome.headline.contains("empty images: \(`protocol`.emptyImagePolicy)"))
            #expect(outcome.headline.contains("AJI: "))
        }
    }

    @Test(arguments: [EvaluationProtocol.promptnucseg, .hovernet])
    func cpm17WithHoVerNetMatFilesEqualsTheReference(protocol: EvaluationProtocol) throws {
        try InstanceEvaluationSupport.withDirectory { root in
            let (data, pred) = InstanceEvaluationSupport.cpm17
            let outcome = try InstanceEvaluation.run(
                InstanceEvaluationSupport.request(
                    .cpm17, data: data, pred: pred, store: root + "/store.sqlite", protocol: `protocol`))
            Self.expectReference(
                outcome.scores, try InstanceEvaluationSupport.expected()["cpm17"] ?? .null, protocol: `protocol`)
            #expect(outcome.radii.map(\.pixels) == [12])
            #expect(outcome.radii.first?.microns == nil)
            #expect(
                outcome.headline.contains(
                    "centroid radius: 12 px, µm unknown (reference radius of card cpm17; µm/px unknown, so 3 µm cannot be converted)"
                ))
            let detection = try #require(outcome.scores.detection)
            let truthCount = (try InstanceEvaluationSupport.expected()["cpm17"]?["images"]?.elements ?? [])
                .reduce(0) { $0 + max(1, $1["n_gt"]?.int ?? 0) }
            #expect(detection.counts.truePositives + detection.counts.falseNegatives == truthCount)
        }
    }

    @Test func theRunRecordsRevisionHashesAndOptions() throws {
        try InstanceEvaluationSupport.withDirectory { root in
            let (data, pred) = InstanceEvaluationSupport.cpm17
            let store = root + "/store.sqlite"
            _ = try InstanceEvaluation.run(
                InstanceEvaluationSupport.request(.cpm17, data: data, pred: pred, store: store, protocol: .hovernet))
            let record = try #require(try ResultsStore.open(path: store).runs().first).record
            #expect(record.gitRevision.hasPrefix("git:") || record.gitRevision.hasPrefix("release:"))
            for hash in [record.modelHash, record.datasetCardHash, record.datasetContentHash] {
                #expect(hash.hasPrefix("sha256:") && hash.count == 7 + 64, "\(hash)")
            }
            #expect(record.protocolName == "hovernet")
            #expect(record.options["match-radius-px"] == "12")
            #expect(record.options["splits"] == "test")
            #expect(record.options["pred"] == URL(fileURLWithPath: pred).standardizedFileURL.path)
        }
    }
}
