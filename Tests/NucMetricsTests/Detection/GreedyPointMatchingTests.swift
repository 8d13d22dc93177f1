import NucMetrics
import Testing

extension Detection {
    @Suite("PromptNucSeg greedy matching")
    struct GreedyPointMatchingTests {
        static func prediction(_ x: Double, _ y: Double, score: Double, type: Int = 0) -> TypedPoint {
            TypedPoint(Point(x: x, y: y), type: type, score: score)
        }
    }
}

// MARK: - Matching

extension Detection.GreedyPointMatchingTests {
    @Test("higher scores choose first and take the nearest free point")
    func scoreOrder() {
        let groundTruth = [Point(x: 0, y: 0), Point(x: 10, y: 0)]
        let predictions = [Self.prediction(4, 0, score: 0.2), Self.prediction(6, 0, score: 0.9)]
        #expect(GreedyPointMatching.matches(predictions: predictions, groundTruth: groundTruth) == [0, 1])
        let flipped = [Self.prediction(4, 0, score: 0.9), Self.prediction(6, 0, score: 0.2)]
        #expect(GreedyPointMatching.matches(predictions: flipped, groundTruth: groundTruth) == [0, 1])
    }

    @Test("a prediction whose nearest free point lies beyond the radius matches nothing")
    func nearestFreePointBeyondRadius() {
        let groundTruth = [Point(x: 0, y: 0), Point(x: 20, y: 0)]
        let predictions = [Self.prediction(1, 0, score: 0.9), Self.prediction(2, 0, score: 0.5)]
        #expect(GreedyPointMatching.matches(predictions: predictions, groundTruth: groundTruth) == [0, nil])
    }

    @Test("the nearest *unmatched* point is used when it is within the radius")
    func nextFreePoint() {
        let groundTruth = [Point(x: 0, y: 0), Point(x: 10, y: 0)]
        let predictions = [Self.prediction(1, 0, score: 0.9), Self.prediction(2, 0, score: 0.5)]
        #expect(GreedyPointMatching.matches(predictions: predictions, groundTruth: groundTruth) == [0, 1])
    }

    @Test("equal scores keep input order (nucbench convention)")
    func equalScores() {
        let groundTruth = [Point(x: 0, y: 0)]
        let predictions = [Self.prediction(3, 0, score: 0.5), Self.prediction(1, 0, score: 0.5)]
        #expect(GreedyPointMatching.matches(predictions: predictions, groundTruth: groundTruth) == [0, nil])
    }

    @Test("equal distances go to the lower ground-truth index (nucbench convention)")
    func equalDistances() {
        let groundTruth = [Point(x: 0, y: 5), Point(x: 0, y: -5)]
        let predictions = [Self.prediction(0, 0, score: 1)]
        #expect(GreedyPointMatching.matches(predictions: predictions, groundTruth: groundTruth) == [0])
    }

    @Test("NaN scores are visited last")
    func notANumberScores() {
        let groundTruth = [Point(x: 0, y: 0)]
        let predictions = [Self.prediction(1, 0, score: .nan), Self.prediction(2, 0, score: 0.1)]
        #expect(GreedyPointMatching.matches(predictions: predictions, groundTruth: groundTruth) == [nil, 0])
    }

    @Test("the radius is inclusive")
    func inclusiveRadius() {
        let predictions = [Self.prediction(0, 12, score: 1), Self.prediction(0, 29.999999, score: 0.5)]
        let groundTruth = [Point(x: 0, y: 0), Point(x: 0, y: 42)]
        #expect(GreedyPointMatching.matches(predictions: predictions, groundTruth: groundTruth) == [0, nil])
    }
}
