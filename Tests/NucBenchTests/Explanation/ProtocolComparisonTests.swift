import Foundation
import Testing

@testable import NucBench

/// Every protocol's number in the comparison against that protocol's golden values or calculator.
@Suite struct ProtocolComparisonTests {
    static func folds() throws -> [PanNukeFoldInput] {
        try (1...3).map { fold in
            try PanNukeFoldInput(
                trueDirectory: metricsFixturesPath("pannuke/fold\(fold)/true"),
                predictedDirectory: metricsFixturesPath("pannuke/fold\(fold)/pred"))
        }
    }

    static func comparison(threads: Int = 2) throws -> ProtocolComparison {
        try ProtocolComparison.compare(folds: folds(), numbers: [1, 2, 3], threads: threads)
    }

    static func number(_ json: JSON?) throws -> Double { try #require(json?.double) }

    /// The merged maps of a fold in CoNIC's layout, (N, H, W, 2) int64, written to `path`.
    static func writeCoNICLayout(_ file: NpyFile, to path: String) throws {
        let (count, height, width) = (file.shape[0], file.shape[1], file.shape[2])
        var values: [Int64] = []
        values.reserveCapacity(count * height * width * 2)
        for image in 0..<count {
            let merged = try PanNukeMergedLabels(file: file, image: image)
            for pixel in 0..<(height * width) {
                values += [Int64(merged.instances.indices[pixel]), merged.classes[pixel]]
            }
        }
        try NpyWriter.write(values, shape: [count, height, width, 2], to: path)
    }
}

extension ProtocolComparisonTests {
    @Test func panNukeAndCellViTEqualTheirGoldenValues() throws {
        let comparison = try Self.comparison()
        let expected = try JSON.read(path: metricsFixturesPath("pannuke/expected.json"))
        for (entry, golden) in [(ComparedProtocol.pannuke, expected), (.cellvit, try #require(expected["cellvit"]))] {
            for fold in comparison.folds {
                let scores = try #require(fold.scores[entry])
                let foldGolden = golden["fold\(fold.number)"]
                #expect(scores.multiClassPQ?.value == (try Self.number(foldGolden?["mpq"])), "\(entry) mPQ")
                #expect(scores.binaryPQ.value == (try Self.number(foldGolden?["bpq"])), "\(entry) bPQ")
            }
            let mean = try #require(comparison.mean(of: entry))
            #expect(mean.multiClassPQ?.value == (try Self.number(golden["across_folds"]?["mpq_mean"])))
            #expect(mean.binaryPQ.value == (try Self.number(golden["across_folds"]?["bpq_mean"])))
        }
    }

    @Test func conicEqualsTheCoNICCalculatorOnTheMergedMaps() throws {
        let comparison = try Self.comparison()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("compare-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (fold, input) in zip(comparison.folds, try Self.folds()) {
            let truePath = folder.appendingPathComponent("true\(fold.number).npy").path
            let predPath = folder.appendingPathComponent("pred\(fold.number).npy").path
            try Self.writeCoNICLayout(input.trueMasks, to: truePath)
            try Self.writeCoNICLayout(input.predictedMasks, to: predPath)
            let result = try CoNICCalculator.run(truePath: truePath, predPath: predPath, explain: false, threads: 1)
            let scores = try #require(fold.scores[.conic])
            #expect(scores.binaryPQ.value == (try Self.number(result["pq"])))
            let classes = try #require(result["per_class_pq"]?.doubles)
            #expect(classes[5] == 0, "class 6 never occurs in PanNuke")
            #expect(scores.multiClassPQ?.value == NumpySummation.sum(Array(classes.prefix(5))) / 5)
        }
    }

    @Test func hoverNetIsThePlainMeanOfThePairsCalculatorsPQ() throws {
        let comparison = try Self.comparison()
        for (fold, input) in zip(comparison.folds, try Self.folds()) {
            var values: [Double] = []
            for image in 0..<input.count {
                let record = try PairsCalculator.record(
                    index: image, gt: try PanNukeMergedLabels(file: input.trueMasks, image: image).instances,
                    pred: try PanNukeMergedLabels(file: input.predictedMasks, image: image).instances, explain: false)
                if record["raises"]?["pq"]?.text == "ZeroDivisionError" { continue }
                values.append(try Self.number(record["pq"]))
            }
            #expect(input.count - values.count == fold.imagesEmptyOnBothSides)
            let expected = values.reduce(0, +) / Double(values.count)
            #expect(fold.scores[.hovernet] == ProtocolScores(multiClassPQ: nil, binaryPQ: .success(expected)))
        }
    }

    @Test func pooledSumsTheCountsBeforeOnePQ() throws {
        func counts(gt: [Int64], pred: [Int64]) throws -> CoNICImageCounts {
            try CoNICImageCounts(
                gtInstances: try InstanceMap(height: 1, width: gt.count, labels: gt),
                gtClasses: gt.map { $0 == 0 ? 0 : 1 },
                predInstances: try InstanceMap(height: 1, width: pred.count, labels: pred),
                predClasses: pred.map { $0 == 0 ? 0 : 1 })
        }
        // Image 1: one exact match (IoU 1) and a missed nucleus; image 2: IoU 2/3 and a false positive.
        let images = [
            try counts(gt: [1, 1, 0, 2, 0, 0], pred: [1, 1, 0, 0, 0, 0]),
            try counts(gt: [5, 5, 5, 0, 0, 0], pred: [3, 3, 0, 0, 4, 0]),
        ]
        let pooled = ProtocolComparison.pooledBinaryPQ(of: images)
        #expect(pooled == .success((2 / (2 + 0.5 + 0.5)) * ((1 + 2.0 / 3) / (2 + 1.0e-6))))
        let hoverNet = ProtocolComparison.hoverNetBinaryPQ(of: images)
        let first = (1 / 1.5) * (1 / (1 + 1.0e-6))
        let second = (1 / 1.5) * ((2.0 / 3) / (1 + 1.0e-6))
        #expect(hoverNet == .success((first + second) / 2))
        #expect(
            ProtocolComparison.pooledBinaryPQ(of: [try counts(gt: [0], pred: [0])])
                == .failure(Undefined(.zeroDivisionError, "PQ of two maps without instances (0 / 0)")))
    }

    @Test func resultIsIdenticalAtAnyThreadCountAndEveryImageIsReported() throws {
        let single = try Self.comparison(threads: 1)
        let recorder = ProgressReporterTests.Recorder()
        let reporter = recorder.reporter(total: 26, style: .plain)
        let parallel = try ProtocolComparison.compare(
            folds: Self.folds(), numbers: [1, 2, 3], threads: 3, progress: reporter)
        #expect(parallel.folds == single.folds)
        recorder.set(113)
        reporter.finish()
        #expect(recorder.text.last == "scoring 26/26 images in 13s (2.0 images/s)\n")
    }

    @Test func markdownRowsCarryTheProtocolsNumbers() throws {
        let expected = try JSON.read(path: metricsFixturesPath("pannuke/expected.json"))
        let single = try ProtocolComparison.compare(folds: [try Self.folds()[1]], numbers: [2], threads: 1)
        let text = single.markdown
        let mpq = String(format: "%.4f", try Self.number(expected["fold2"]?["mpq"]))
        let bpq = String(format: "%.4f", try Self.number(expected["fold2"]?["bpq"]))
        #expect(text.contains("\n| pannuke | PanNuke-metrics run.py c00014d | \(mpq) | \(bpq) |\n"))
        #expect(text.contains("\n| protocol | reference | mPQ | bPQ |\n|---|---|---:|---:|\n"))
        #expect(text.contains("\n| hovernet | HoVer-Net compute_stats.py 67e2ce5 | n/a | "))
        #expect(text.contains("\n- fold 2: 10 images, "))
        for entry in ComparedProtocol.allCases { #expect(text.contains("- **\(entry.rawValue)**: ")) }
        let three = try Self.comparison().markdown
        #expect(three.contains("| fold 1 mPQ | fold 1 bPQ | fold 2 mPQ | fold 2 bPQ | fold 3 mPQ | fold 3 bPQ |"))
        let mean = String(format: "%.4f", try Self.number(expected["across_folds"]?["mpq_mean"]))
        #expect(three.contains("\n| pannuke | PanNuke-metrics run.py c00014d | \(mean) | "))
    }
}
