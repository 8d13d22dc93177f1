import NucMetrics
import Testing

@Suite("PanNukeFoldScores")
struct PanNukeFoldScoresTests {}

private typealias Maps = PanNukeTestMaps

extension PanNukeFoldScoresTests {
    /// Three images: A, B and C.
    ///
    /// A: class 0 perfect, class 2 missed (mPQ = perfect / 2). B: GT empty. C: class 0 perfect.
    private func images() throws -> [PanNukeImageCounts] {
        let a = try PanNukeImageCounts(
            gt: try Maps.masks([0: [1: [0, 1]], 2: [1: [8, 9]]]), pred: try Maps.masks([0: [1: [0, 1]]])
        )
        let b = try PanNukeImageCounts(gt: try Maps.masks([:]), pred: try Maps.masks([1: [1: [3]]]))
        let c = try PanNukeImageCounts(gt: try Maps.masks([0: [4: [5]]]), pred: try Maps.masks([0: [4: [5]]]))
        return [a, b, c]
    }

    @Test("tissues average their images, the fold averages its tissues, classes average all images")
    func aggregation() throws {
        let fold = try #require(
            try PanNukeFoldScores.scores(of: images(), tissues: ["Colon", "Colon", "Lung"]).value
        )
        let colon = try #require(fold.perTissue[.colon])
        #expect(colon.multiClassPQ.value == Maps.perfect / 2)
        #expect(colon.binaryPQ.value == (1.0 / 1.5) * Maps.perfect)
        #expect(fold.perTissue[.lung]?.multiClassPQ.value == Maps.perfect)
        #expect(fold.perTissue.count == 19)
        #expect(fold.perTissue[.breast].map { Maps.isNaN($0.multiClassPQ) } == true)
        #expect(fold.multiClassPQ.value == (Maps.perfect / 2 + Maps.perfect) / 2)
        #expect(fold.perClass[0].value == (Maps.perfect + Maps.perfect) / 2)
        #expect(fold.perClass[2].value == 0)
        #expect(Maps.isNaN(fold.perClass[1]))
    }

    @Test("CellViT averages images, not tissues")
    func cellViTImageAverages() throws {
        let gt = [
            try Maps.masks([0: [1: [0, 1]], 2: [1: [8, 9]]]), try Maps.masks([0: [4: [5]]]),
            try Maps.masks([0: [4: [5]]]),
        ]
        let pred = [try Maps.masks([0: [1: [0, 1]]]), try Maps.masks([0: [4: [5]]]), try Maps.masks([0: [4: [5]]])]
        let images = try zip(gt, pred).map { try CellViTPanNukeImageCounts(gt: $0, pred: $1) }
        let fold = try #require(
            try CellViTPanNukeFoldScores.scores(of: images, tissues: ["Colon", "Lung", "Lung"]).value)
        let perfect = (1.0 / (1.0 + 1.0e-6)) * Maps.perfect
        #expect(fold.multiClassPQ.value == (perfect / 2 + perfect + perfect) / 3)
        #expect(fold.perTissue[.lung]?.multiClassPQ.value == perfect)
    }

    @Test("unknown tissue names and mismatched lengths are input errors")
    func invalidTissues() throws {
        let images = try images()
        #expect(throws: InputError.self) {
            try PanNukeFoldScores.scores(of: images, tissues: ["Colon", "colon", "Lung"])
        }
        #expect(throws: InputError.self) { try PanNukeFoldScores.scores(of: images, tissues: ["Colon"]) }
        #expect(throws: InputError.self) { try PanNukeTissue(name: "Head-Neck") }
    }

    @Test("no images: every score is NaN")
    func noImages() throws {
        let fold = try #require(try PanNukeFoldScores.scores(of: [], tissues: []).value)
        #expect(Maps.isNaN(fold.multiClassPQ))
        #expect(fold.perClass.allSatisfy(Maps.isNaN))
    }
}

// MARK: - Across folds

extension PanNukeFoldScoresTests {
    @Test("fold spread is numpy's mean and std with ddof 0 and 1")
    func foldSpread() {
        let spread = FoldSpread([.success(1), .success(2), .success(4)])
        #expect(spread.mean.value == 7.0 / 3.0)
        let deviations = [1.0, 2.0, 4.0].map { ($0 - 7.0 / 3.0) * ($0 - 7.0 / 3.0) }
        #expect(spread.populationStandardDeviation.value == (deviations.reduce(0, +) / 3).squareRoot())
        #expect(spread.sampleStandardDeviation.value == (deviations.reduce(0, +) / 2).squareRoot())
        let single = FoldSpread([.success(1)])
        #expect(single.populationStandardDeviation.value == 0)
        #expect(Maps.isNaN(single.sampleStandardDeviation))
        let undefined = FoldSpread([.success(1), .failure(Undefined(.notANumber, "empty fold"))])
        #expect(Maps.isNaN(undefined.mean))
    }
}
