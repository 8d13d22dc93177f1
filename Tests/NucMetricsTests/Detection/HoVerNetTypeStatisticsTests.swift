import NucMetrics
import Testing

extension Detection {
    @Suite("HoVer-Net and CellViT type statistics on hand-made counts")
    struct HoVerNetTypeStatisticsTests {
        typealias Pair = DetectionCounts.TypePair

        /// Pairs (1,1)×3, (1,2)×1, (2,1)×2, (−1,2)×2; unmatched GT 1, 2, 2; unmatched predictions 2, 3.
        static let counts = DetectionCounts(
            pairedTypes: [
                Pair(groundTruth: 1, prediction: 1): 3, Pair(groundTruth: 1, prediction: 2): 1,
                Pair(groundTruth: 2, prediction: 1): 2, Pair(groundTruth: -1, prediction: 2): 2,
            ],
            unpairedGroundTruthTypes: [1: 1, 2: 2],
            unpairedPredictionTypes: [2: 1, 3: 1]
        )
    }
}

extension Detection.HoVerNetTypeStatisticsTests {
    @Test("exhaustive: F1_d, accuracy and weighted per-type F1 from the integer formulas")
    func exhaustive() throws {
        let statistics = try HoVerNetTypeStatistics.statistics(of: Self.counts).get()
        #expect(statistics.types == [-1, 1, 2])
        #expect(statistics.detectionF1 == 16.0 / (16.0 + 2 + 3))
        #expect(statistics.accuracy.value == 3.0 / 8.0)
        // Type 1: tp 3, fp 2, fn 1, fp_d 0, fn_d 1 → 6 / (6 + 4 + 2 + 0 + 1).
        #expect(statistics.perTypeF1[1].value == 6.0 / 13.0)
        // Type 2: tp 0 → 0 / (0 + 2·3 + 2·2 + 1 + 2).
        #expect(statistics.perTypeF1[2].value == 0.0)
        #expect(statistics.perTypeF1[0].value == 0.0)
        #expect(statistics.vector.count == 5)
    }

    @Test("non-exhaustive: pairs with ground-truth type −1 leave the mismatches and fp, even below zero")
    func nonExhaustive() throws {
        let statistics = try HoVerNetTypeStatistics.statistics(of: Self.counts, exhaustive: false).get()
        #expect(statistics.accuracy.value == 3.0 / 6.0)
        // Type 2: fp = 3 − 2 = 1 → 0 / (2 + 4 + 1 + 2).
        let typeTwo = DetectionTypeCounts(type: 2, in: Self.counts, exhaustive: false)
        #expect(typeTwo.falsePositives == 1)
        // Type −1: fp = 0 − 2 = −2, fn = 2 → 0 / (−4 + 4 + 0 + 0) = 0 / 0.
        let unknown = DetectionTypeCounts(type: -1, in: Self.counts, exhaustive: false)
        #expect(unknown.falsePositives == -2)
        #expect(statistics.perTypeF1[0].undefined?.kind == .notANumber)
    }

    @Test("a requested type nobody has is 0/0 = NaN")
    func absentType() throws {
        let statistics = try HoVerNetTypeStatistics.statistics(of: Self.counts, types: [4]).get()
        #expect(statistics.perTypeF1.map(\.undefined?.kind) == [.notANumber])
    }

    @Test("no pair anywhere: both references crash (ValueError)")
    func noPair() {
        let counts = DetectionCounts(
            pairedTypes: [:], unpairedGroundTruthTypes: [1: 2], unpairedPredictionTypes: [3: 1])
        #expect(HoVerNetTypeStatistics.statistics(of: counts).undefined?.kind == .valueError)
        #expect(CellViTDetectionScores.scores(of: counts).undefined?.kind == .valueError)
        #expect(counts.groundTruthTypes == [1])
    }

    @Test("CellViT precision and recall weight pair errors by 2 and misses by 1")
    func cellViT() throws {
        let scores = try CellViTDetectionScores.scores(of: Self.counts).get()
        #expect(scores.precision.value == 8.0 / 10.0)
        #expect(scores.recall.value == 8.0 / 11.0)
        #expect(scores.f1.value == 16.0 / 21.0)
        let typeOne = try #require(scores.perType[1])
        #expect(typeOne.precision.value == 3.0 / (3.0 + 4.0))
        #expect(typeOne.recall.value == 3.0 / (3.0 + 2.0 + 1.0))
        #expect(scores.perType[5]?.f1.undefined?.kind == .notANumber)
        #expect(scores.perType.keys.sorted() == [1, 2, 3, 4, 5])
    }
}
