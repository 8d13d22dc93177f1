import Foundation
import NucIO
import NucMetrics
import Testing

@Suite("CoNIC")
struct CoNICScoresTests {}

// MARK: - Hand-made maps (3 × 3)

extension CoNICScoresTests {
    /// One image from instance ids and class labels, both row-major 3 × 3.
    private func image(
        gt: ([Int64], [Int64]), pred: ([Int64], [Int64])
    ) throws -> CoNICImageCounts {
        try CoNICImageCounts(
            gtInstances: try InstanceMap(height: 3, width: 3, labels: gt.0), gtClasses: gt.1,
            predInstances: try InstanceMap(height: 3, width: 3, labels: pred.0), predClasses: pred.1
        )
    }

    @Test("binary PQ has +1e-6 in DQ, and an image empty on both sides scores 0")
    func binaryPQ() throws {
        let instances: [Int64] = [7, 7, 0, 0, 0, 0, 0, 0, 0]
        let classes: [Int64] = [2, 2, 0, 0, 0, 0, 0, 0, 0]
        let perfect = try image(gt: (instances, classes), pred: (instances, classes))
        #expect(perfect.binaryPQ.value == (1 / (1 + 1.0e-6)) * (1 / (1 + 1.0e-6)))
        let zeros = [Int64](repeating: 0, count: 9)
        let empty = try image(gt: (zeros, zeros), pred: (zeros, zeros))
        #expect(empty.binaryPQ.value == 0)
        let scores = try #require(CoNICScores.scores(of: [perfect, empty]).value)
        #expect(scores.perImagePQ == [perfect.binaryPQ.value, 0])
        #expect(scores.binaryPQ == (perfect.binaryPQ.value ?? .nan) / 2)
    }

    @Test("class maps split an instance pixel by pixel; class counts are pooled before PQ")
    func pooledClasses() throws {
        // GT: one nucleus of class 1 (3 px). Prediction: the same pixels, two of class 1
        // and one of class 3, so class 1 matches at IoU 2/3 and class 3 is a false positive.
        let gt = try image(
            gt: ([4, 4, 4, 0, 0, 0, 0, 0, 0], [1, 1, 1, 0, 0, 0, 0, 0, 0]),
            pred: ([9, 9, 9, 0, 0, 0, 0, 0, 0], [1, 1, 3, 0, 0, 0, 0, 0, 0])
        )
        #expect(
            gt.classes[0].value
                == PanopticCounts(truePositives: 1, falsePositives: 0, falseNegatives: 0, iouSum: 2.0 / 3.0))
        #expect(
            gt.classes[2].value == PanopticCounts(truePositives: 0, falsePositives: 1, falseNegatives: 0, iouSum: 0))
        let scores = try #require(CoNICScores.scores(of: [gt, gt]).value)
        let pooled = PanopticCounts(
            truePositives: 2, falsePositives: 0, falseNegatives: 0, iouSum: 2.0 / 3.0 + 2.0 / 3.0)
        #expect(scores.perClassTotals[0] == pooled)
        #expect(scores.perClassPQ[0] == (2 / (2 + 1.0e-6)) * ((2.0 / 3.0 + 2.0 / 3.0) / (2 + 1.0e-6)))
        #expect(scores.perClassPQ[2] == 0)
        #expect(scores.perClassPQ[4] == 0)
        #expect(scores.multiClassPQPlus == (0.0 + scores.perClassPQ[0]) / 6)
    }

    @Test("a map without a 0 pixel raises ValueError; no images raise IndexError")
    func exceptions() throws {
        let full = [Int64](repeating: 5, count: 9)
        let zeros = [Int64](repeating: 0, count: 9)
        let image = try image(gt: (zeros, zeros), pred: (full, zeros))
        #expect(image.binary.undefined?.kind == .valueError)
        #expect(CoNICScores.scores(of: [image]).undefined?.kind == .valueError)
        #expect(CoNICScores.scores(of: []).undefined?.kind == .indexError)
    }
}

// MARK: - Golden fixture

extension CoNICScoresTests {
    @Test("compute_stats.py --mode=seg_class: every value of conic/expected.json is bit-exact")
    func fixture() throws {
        let directory = metricsFixturesDirectory().appendingPathComponent("conic")
        let gtFile = try NpyFile(path: directory.appendingPathComponent("true.npy").path)
        let predFile = try NpyFile(path: directory.appendingPathComponent("pred.npy").path)
        let (height, width) = (gtFile.shape[1], gtFile.shape[2])
        func channels(_ file: NpyFile, _ slice: Int) throws -> (InstanceMap, [Int64]) {
            let values = try file.int64Values(slice: slice)
            let instances = stride(from: 0, to: values.count, by: 2).map { values[$0] }
            let classes = stride(from: 1, to: values.count, by: 2).map { values[$0] }
            return (try InstanceMap(height: height, width: width, labels: instances), classes)
        }
        let images = try (0..<gtFile.shape[0]).map { slice in
            let (gtInstances, gtClasses) = try channels(gtFile, slice)
            let (predInstances, predClasses) = try channels(predFile, slice)
            return try CoNICImageCounts(
                gtInstances: gtInstances, gtClasses: gtClasses, predInstances: predInstances, predClasses: predClasses
            )
        }
        let scores = try #require(CoNICScores.scores(of: images).value)
        let expected = try JSON.read(path: directory.appendingPathComponent("expected.json").path)

        var checker = FixtureScoreChecker()
        checker.check(scores.binaryPQ, expected["pq"], context: "pq")
        checker.check(scores.multiClassPQPlus, expected["multi_pq+"], context: "multi_pq+")
        let perImage = try #require(expected["per_image_pq"]?.elements)
        try #require(perImage.count == scores.perImagePQ.count)
        for (index, (value, fixture)) in zip(scores.perImagePQ, perImage).enumerated() {
            checker.check(value, fixture, context: "per_image_pq[\(index)]")
        }
        let perClass = try #require(expected["per_class_pq"]?.elements)
        let totals = try #require(expected["per_class_totals"]?.elements)
        for index in 0..<6 {
            checker.check(scores.perClassPQ[index], perClass[index], context: "per_class_pq[\(index)]")
            let counts = scores.perClassTotals[index]
            checker.check(Double(counts.truePositives), totals[index]["tp"], context: "class \(index + 1) tp")
            checker.check(Double(counts.falsePositives), totals[index]["fp"], context: "class \(index + 1) fp")
            checker.check(Double(counts.falseNegatives), totals[index]["fn"], context: "class \(index + 1) fn")
            checker.check(counts.iouSum, totals[index]["iou_sum"], context: "class \(index + 1) iou_sum")
        }
        #expect(checker.compared == 2 + 20 + 6 * 5)
        #expect(checker.matched == checker.compared)
    }
}
