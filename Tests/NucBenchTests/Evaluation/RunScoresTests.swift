import NucBench
import Testing

/// `RunScores`: protocols as pure functions of stored statistics.
@Suite struct RunScoresTests {
    /// An image with binary PQ and AJI counts.
    static func image(
        _ index: Int, panoptic: MetricResult<PanopticCounts>, aji: MetricResult<AggregatedJaccardCounts>
    ) -> ImageStatistics {
        ImageStatistics(
            index: index, name: "image-\(index)", panoptic: [.all: panoptic],
            jaccard: [.aggregated: [.all: aji], .plus: [.all: aji]])
    }

    static let counts = PanopticCounts(truePositives: 3, falsePositives: 1, falseNegatives: 1, iouSum: 2.25)
    static let emptyTruth = PanopticCounts(truePositives: 0, falsePositives: 2, falseNegatives: 0, iouSum: 0)
    static let jaccard = AggregatedJaccardCounts(intersection: 3, union: 4)
    static let raising = MetricResult<AggregatedJaccardCounts>.failure(Undefined(.valueError, "empty prediction"))
}

extension RunScoresTests {
    @Test func promptNucSegSkipsImagesWithoutTruthAndHoVerNetAveragesThem() throws {
        let images = [
            Self.image(0, panoptic: .success(Self.counts), aji: .success(Self.jaccard)),
            Self.image(4, panoptic: .success(Self.emptyTruth), aji: .success(.init(intersection: 0, union: 9))),
        ]
        let pq = try #require(Self.counts.quality().value?.panoptic)
        let prompt = try RunScores(statistics: images, protocol: .promptnucseg)
        #expect(prompt.headline(.pq)?.value.value == pq)
        #expect(prompt.headline(.pq)?.used == 1)
        #expect(prompt.headline(.pq)?.skipped == 1)
        #expect(prompt.perImage[.pq]?.definedValues == [0: pq])
        #expect(prompt.perImage[.pq]?.indices == [0, 4])
        #expect(prompt.headline(.aji)?.value.value == (0.75 + 0.0) / 2)
        let hover = try RunScores(statistics: images, protocol: .hovernet)
        #expect(hover.headline(.pq)?.value.value == (pq + 0.0) / 2)
        #expect(hover.headline(.pq)?.skipped == 0)
        #expect(hover.perImage[.pq]?.definedValues == [0: pq, 4: 0])
    }

    @Test func anImageTheReferenceRaisesOnMakesTheMeanUndefined() throws {
        let images = [
            Self.image(0, panoptic: .success(Self.counts), aji: .success(Self.jaccard)),
            Self.image(1, panoptic: .success(Self.counts), aji: Self.raising),
        ]
        for chosen in [EvaluationProtocol.promptnucseg, .hovernet] {
            let scores = try RunScores(statistics: images, protocol: chosen)
            #expect(scores.headline(.aji)?.value.undefined?.kind == .valueError)
            #expect(scores.headline(.aji)?.skipped == 1)
            #expect(scores.headline(.pq)?.value.value != nil)
        }
    }

    @Test func aMissingStatisticIsAnInputError() {
        let images = [ImageStatistics(index: 2, name: "bare")]
        let error = #expect(throws: InputError.self) { try RunScores(statistics: images, protocol: .hovernet) }
        #expect(error?.description == "image 2 (bare) of the run has no stored aji counts")
    }

    @Test func conicIsNotComputedFromStoredRows() {
        let images = [Self.image(0, panoptic: .success(Self.counts), aji: .success(Self.jaccard))]
        let error = #expect(throws: InputError.self) { try RunScores(statistics: images, protocol: .conic) }
        #expect(error?.message.hasPrefix("protocol 'conic' pools CoNIC's six classes") == true)
    }

    @Test func prompterTalliesPoolOverImages() throws {
        var first = Self.image(0, panoptic: .success(Self.counts), aji: .success(Self.jaccard))
        first.promptNucSegDetection = PromptNucSegDetectionCounts(
            detection: .init(matched: 2, predictions: 3, groundTruth: 4),
            perClass: [
                0: .init(matched: 2, predictions: 3, groundTruth: 3),
                1: .init(matched: 0, predictions: 0, groundTruth: 1),
            ])
        var second = Self.image(1, panoptic: .success(Self.counts), aji: .success(Self.jaccard))
        second.promptNucSegDetection = PromptNucSegDetectionCounts(
            detection: .init(matched: 1, predictions: 1, groundTruth: 1),
            perClass: [1: .init(matched: 1, predictions: 1, groundTruth: 1)])
        let scores = try RunScores(statistics: [first, second], protocol: .promptnucseg, classes: [0, 1, 2])
        let counts = try #require(scores.prompterCounts)
        #expect(counts.detection == .init(matched: 3, predictions: 4, groundTruth: 5))
        #expect(counts.perClass[1] == .init(matched: 1, predictions: 1, groundTruth: 2))
        #expect(scores.prompter?.classes == [0, 1, 2])
        #expect(scores.prompter == PromptNucSegDetectionScores(counts: counts, classes: [0, 1, 2]))
        #expect(
            try RunScores(
                statistics: [Self.image(0, panoptic: .success(Self.counts), aji: .success(Self.jaccard))],
                protocol: .promptnucseg
            ).prompter == nil)
    }

    @Test(arguments: PanNukeCalculator.Reference.allCases)
    func panNukeHeadlinesEqualTheEvaluationOutcome(reference: PanNukeCalculator.Reference) throws {
        try PanNukeEvaluationTests.withPublishedLayout { data, pred, store in
            let outcome = try PanNukeEvaluation.run(
                PanNukeEvaluationTests.request(
                    data: data, pred: pred, store: store, folds: [2, 3], protocol: reference))
            let opened = try ResultsStore.open(path: store)
            let run = try #require(try opened.runs().first)
            let chosen = try #require(EvaluationProtocol(rawValue: reference.rawValue))
            let scores = try RunScores(statistics: try opened.statistics(of: run.handle), protocol: chosen)
            for fold in outcome.folds {
                #expect(scores.headline(.multiClassPQ, fold: fold.number)?.value == fold.multiClassPQ)
                #expect(scores.headline(.binaryPQ, fold: fold.number)?.value == fold.binaryPQ)
                #expect(scores.headline(.binaryPQ, fold: fold.number)?.used == fold.imagesUsed)
                #expect(scores.headline(.binaryPQ, fold: fold.number)?.skipped == fold.imagesSkipped)
                #expect(scores.headline(.multiClassPQ, fold: fold.number)?.used == fold.classesUsed)
            }
            #expect(scores.headline(.multiClassPQ)?.value == outcome.acrossFolds?.multiClassPQ.mean)
            #expect(scores.headline(.binaryPQ)?.value == outcome.acrossFolds?.binaryPQ.mean)
            #expect(scores.perImage[.binaryPQ]?.values.count == 20)
            #expect(scores.perImage[.classPQ(4)]?.values.count == 20)
        }
    }
}
