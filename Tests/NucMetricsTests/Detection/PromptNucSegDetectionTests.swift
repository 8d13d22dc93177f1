import NucMetrics
import Testing

extension Detection {
    @Suite("PromptNucSeg detection counts and scores")
    struct PromptNucSegDetectionTests {}
}

private func prediction(_ x: Double, _ y: Double, score: Double, type: Int) -> TypedPoint {
    TypedPoint(Point(x: x, y: y), type: type, score: score)
}

extension Detection.PromptNucSegDetectionTests {
    @Test("per-class matching only sees that class; Det and Cls from pooled counts")
    func countsAndScores() throws {
        let groundTruth = [
            TypedPoint(Point(x: 0, y: 0), type: 0),
            TypedPoint(Point(x: 50, y: 0), type: 1),
            TypedPoint(Point(x: 100, y: 0), type: 1),
        ]
        let predictions = [
            prediction(1, 0, score: 0.9, type: 1),
            prediction(51, 0, score: 0.8, type: 1),
            prediction(200, 0, score: 0.7, type: 0),
        ]
        let image = PromptNucSegDetectionCounts.image(groundTruth: groundTruth, predictions: predictions)
        typealias Tally = PromptNucSegDetectionCounts.Tally
        #expect(image.detection == Tally(matched: 2, predictions: 3, groundTruth: 3))
        #expect(image.perClass[0] == Tally(matched: 0, predictions: 1, groundTruth: 1))
        #expect(image.perClass[1] == Tally(matched: 1, predictions: 2, groundTruth: 2))

        let empty = PromptNucSegDetectionCounts.image(
            groundTruth: [], predictions: [prediction(5, 5, score: 1, type: 2)])
        let pooled = image + empty
        #expect(pooled == empty + image)
        #expect(pooled + .zero == pooled)
        #expect(pooled.detection == Tally(matched: 2, predictions: 4, groundTruth: 3))

        let scores = PromptNucSegDetectionScores(counts: pooled, classes: [0, 1, 2])
        let precision = 2.0 / (4.0 + 1e-7)
        let recall = 2.0 / (3.0 + 1e-7)
        #expect(scores.detection.precision == precision)
        #expect(scores.detection.recall == recall)
        #expect(scores.detection.f1 == (2 * recall * precision) / (precision + recall + 1e-7))
        #expect(
            scores.perClass[0] == PromptNucSegDetectionScores.Scores(Tally(matched: 0, predictions: 1, groundTruth: 1)))
        #expect(scores.perClass[2].f1 == 0)
        let classF1 = scores.perClass.map(\.f1)
        #expect(scores.meanClassF1.value == (classF1[0] + classF1[1] + classF1[2]) / 3)
        #expect(PromptNucSegDetectionScores(counts: pooled, classes: []).meanClassF1.undefined?.kind == .notANumber)
    }
}
