import NucMetrics
import Testing

@Suite("CellViTPanNukeImageCounts")
struct CellViTPanNukeImageCountsTests {}

private typealias Maps = PanNukeTestMaps

// MARK: - Differences from PanNuke-metrics (metrics spec §9.4)

extension CellViTPanNukeImageCountsTests {
    @Test("a perfect match scores DQ n/(n + 1e-6) times SQ 1/(1 + 1e-6)")
    func perfectMatch() throws {
        let image = try CellViTPanNukeImageCounts(
            gt: try Maps.masks([0: [1: [0, 1]]]), pred: try Maps.masks([0: [9: [0, 1]]])
        )
        let expected = (1.0 / (1.0 + 1.0e-6)) * Maps.perfect
        #expect(image.binaryPQ.value == expected)
        #expect(image.classPQ[0].value == expected)
        #expect(image.multiClassPQ.value == expected)
        #expect(image.classPQ[1...].allSatisfy(Maps.isNaN))
    }

    @Test("the GT is merged and remapped: an overwritten GT nucleus is no error, and belongs to the winning class")
    func mergedGroundTruth() throws {
        let gt = try Maps.masks([0: [1: [0, 1]], 1: [1: [0, 1, 2]]])
        let pred = try Maps.masks([1: [1: [0, 1, 2]]])
        let image = try CellViTPanNukeImageCounts(gt: gt, pred: pred)
        #expect(image.binary.value == PanopticCounts(truePositives: 1, falsePositives: 0, falseNegatives: 0, iouSum: 1))
        #expect(Maps.isNaN(image.classPQ[0]))
        #expect(
            image.classes[1].value == PanopticCounts(truePositives: 1, falsePositives: 0, falseNegatives: 0, iouSum: 1))
    }

    @Test("the binarised prediction is not remapped: masks are mixed up as in PanNuke-metrics")
    func unremappedPrediction() throws {
        let gt = try Maps.masks([0: [1: [0, 1], 2: [8, 9, 10, 11]]])
        let pred = try Maps.masks([0: [1: [8], 2: [0, 1]], 1: [1: [8, 9, 10, 11], 2: [14, 15]]])
        let image = try CellViTPanNukeImageCounts(gt: gt, pred: pred)
        #expect(image.binary.value == PanopticCounts(truePositives: 0, falsePositives: 3, falseNegatives: 2, iouSum: 0))
        // Class 0: GT {0, 1} and {8…11}; prediction {8} and {0, 1}.
        #expect(
            image.classes[0].value == PanopticCounts(truePositives: 1, falsePositives: 1, falseNegatives: 1, iouSum: 1))
        #expect(image.classPQ[0].value == (1.0 / (2.0 + 1.0e-6)) * Maps.perfect)
    }

    @Test("a GT image without nuclei is NaN before binarize can raise")
    func emptyGroundTruthSkipsBinarize() throws {
        let image = try CellViTPanNukeImageCounts(
            gt: try Maps.masks([:]), pred: try Maps.masks([0: [1: Array(0..<16)]]))
        #expect(Maps.isNaN(image.binaryPQ))
        #expect(image.referenceException == nil)
    }

    @Test("a predicted class covering the image: one nucleus is taken for background, two raise IndexError")
    func predictedClassWithoutBackground() throws {
        let gt = try Maps.masks([0: [1: [0, 1], 2: [5]]])
        let one = try CellViTPanNukeImageCounts(gt: gt, pred: try Maps.masks([0: [1: Array(0..<16)]]))
        #expect(one.binary.undefined?.kind == .valueError)
        #expect(
            one.classes[0].value == PanopticCounts(truePositives: 0, falsePositives: 0, falseNegatives: 2, iouSum: 0))
        let two = try CellViTPanNukeImageCounts(gt: gt, pred: try Maps.masks([0: [1: Array(0..<8), 2: Array(8..<16)]]))
        #expect(two.classes[0].undefined?.kind == .indexError)
    }

    @Test("fractional values are rejected")
    func fractionalValues() throws {
        #expect(throws: InputError.self) {
            try CellViTPanNukeImageCounts(gt: try Maps.masks([0: [1.5: [0]]]), pred: try Maps.masks([:]))
        }
    }
}

// MARK: - Summation order

extension CellViTPanNukeImageCountsTests {
    @Test("class ΣIoU follows prediction order in CellViT and GT order in PanNuke-metrics")
    func swappedSummationOrder() throws {
        // Nine GT runs on a 1 × 89 strip, each followed by a gap; the prediction covers the
        // first P pixels of each run and numbers them right to left.
        let runs = [(5, 7), (7, 12), (5, 8), (2, 3), (6, 11), (6, 9), (5, 9), (7, 11), (9, 10)]
        var gtChannel = [Double](repeating: 0, count: 89)
        var predChannel = [Double](repeating: 0, count: 89)
        var start = 0
        for (index, (predicted, length)) in runs.enumerated() {
            for pixel in start..<(start + length) { gtChannel[pixel] = Double(index + 1) }
            for pixel in start..<(start + predicted) { predChannel[pixel] = Double(runs.count - index) }
            start += length + 1
        }
        let empty = [Double](repeating: 0, count: 89)
        let gt = try PanNukeMasks(height: 1, width: 89, channels: [gtChannel, empty, empty, empty, empty])
        let pred = try PanNukeMasks(height: 1, width: 89, channels: [predChannel, empty, empty, empty, empty])
        let ious = runs.map { Double($0.0) / Double($0.1) }
        let gtOrder = NumpySummation.sum(ious)
        let predOrder = NumpySummation.sum(ious.reversed())
        try #require(gtOrder != predOrder)
        #expect(try PanNukeImageCounts(gt: gt, pred: pred).classes[0].value?.iouSum == gtOrder)
        #expect(try CellViTPanNukeImageCounts(gt: gt, pred: pred).classes[0].value?.iouSum == predOrder)
    }
}
