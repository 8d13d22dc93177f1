import NucMetrics
import Testing

/// Per-image statistics merge with `zero` and `+`: pooled numbers do not depend on how
/// images are grouped, and PQ/AJI follow the reference formulas from them.
@Suite struct SufficientStatisticsTests {
    static func imageStatistics(seed: UInt64) throws -> [(PanopticCounts, AggregatedJaccardCounts)] {
        var generator = SplitMix64(seed: seed)
        return try (0..<12).map { _ in
            let gt = try SegmentationTestMaps.random(size: 40, instances: 12, using: &generator)
            let pred = try SegmentationTestMaps.random(size: 40, instances: 12, using: &generator)
            let table = try OverlapTable(gt: gt, pred: pred)
            return (PanopticMatching(table).counts, AggregatedJaccardCounts.plus(table))
        }
    }
}

extension SufficientStatisticsTests {
    @Test func integerCountsMergeAssociativelyInAnyGrouping() throws {
        let statistics = try Self.imageStatistics(seed: 3)
        let leftToRight = statistics.reduce(AggregatedJaccardCounts.zero) { $0 + $1.1 }
        let halves =
            statistics[..<5].reduce(AggregatedJaccardCounts.zero) { $0 + $1.1 }
            + statistics[5...].reduce(AggregatedJaccardCounts.zero) { $0 + $1.1 }
        #expect(leftToRight == halves)
        let panoptic = statistics.reduce(PanopticCounts.zero) { $0 + $1.0 }
        let reversed = statistics.reversed().reduce(PanopticCounts.zero) { $0 + $1.0 }
        #expect(panoptic.truePositives == reversed.truePositives)
        #expect(panoptic.falsePositives == reversed.falsePositives)
        #expect(panoptic.falseNegatives == reversed.falseNegatives)
        #expect(PanopticCounts.zero + panoptic == panoptic)
    }

    @Test func qualityFollowsTheReferenceFormulas() throws {
        let counts = PanopticCounts(truePositives: 3, falsePositives: 1, falseNegatives: 2, iouSum: 2.25)
        let quality = try counts.quality().get()
        #expect(quality.detection == 3.0 / (3.0 + 0.5 * 1 + 0.5 * 2))
        #expect(quality.segmentation == 2.25 / (3.0 + 1.0e-6))
        #expect(quality.panoptic == quality.detection * quality.segmentation)
        let withEpsilon = try counts.quality(detectionEpsilon: 1.0e-6).get()
        #expect(withEpsilon.detection == 3.0 / (3.0 + 0.5 * 1 + 0.5 * 2 + 1.0e-6))
    }

    @Test func emptyComparisonsFollowTheReferences() throws {
        #expect(PanopticCounts.zero.quality().undefined?.kind == .zeroDivisionError)
        #expect(try PanopticCounts.zero.quality(detectionEpsilon: 1.0e-6).get().panoptic == 0)
        #expect(AggregatedJaccardCounts.zero.index().undefined?.kind == .notANumber)
    }

    @Test func strictThresholdRejectsIoUOfExactlyOneHalf() throws {
        let gt = try InstanceMap(height: 1, width: 3, labels: [1, 1, 0])
        let pred = try InstanceMap(height: 1, width: 3, labels: [1, 0, 0])
        let counts = PanopticMatching(try OverlapTable(gt: gt, pred: pred)).counts
        #expect(counts == PanopticCounts(truePositives: 0, falsePositives: 1, falseNegatives: 1, iouSum: 0))
    }

    @Test func ajiReusesAPredictionAndCountsItsPixelsEachTime() throws {
        let gt = try InstanceMap(height: 1, width: 5, labels: [1, 1, 0, 2, 2])
        let pred = try InstanceMap(height: 1, width: 5, labels: [7, 7, 7, 7, 7])
        let counts = try AggregatedJaccardCounts.monuseg(try OverlapTable(gt: gt, pred: pred)).get()
        #expect(counts == AggregatedJaccardCounts(intersection: 4, union: 10))
        let plus = AggregatedJaccardCounts.plus(try OverlapTable(gt: gt, pred: pred))
        #expect(plus == AggregatedJaccardCounts(intersection: 2, union: 7))
    }
}
