import NucMetrics
import Testing

extension Detection {
    @Suite("pair_coordinates")
    struct CoordinatePairingTests {}
}

extension Detection.CoordinatePairingTests {
    @Test("minimum total distance first, then the radius (spec §8.2 example)")
    func minimumSumBeforeRadius() throws {
        let pairing = try CoordinatePairing.pairing(
            groundTruth: [Point(x: 10, y: 10), Point(x: 8, y: 6)],
            predictions: [Point(x: 18, y: 16), Point(x: 19, y: 28)]
        ).get()
        #expect(pairing.pairs.isEmpty)
        #expect(pairing.unpairedGroundTruth == [0, 1])
        #expect(pairing.unpairedPredictions == [0, 1])
    }

    @Test("exactly the radius is kept; just beyond is not")
    func inclusiveRadius() throws {
        let pairing = try CoordinatePairing.pairing(
            groundTruth: [Point(x: 0, y: 0), Point(x: 100, y: 100)],
            predictions: [Point(x: 7.2, y: 9.6), Point(x: 100, y: 112.000001), Point(x: 50, y: 50)],
            radius: 12
        ).get()
        #expect(pairing.pairs == [AssignedPair(row: 0, column: 0)])
        #expect(pairing.unpairedGroundTruth == [1])
        #expect(pairing.unpairedPredictions == [1, 2])
    }

    @Test("an empty side leaves every point of the other side unpaired")
    func emptySide() throws {
        let pairing = try CoordinatePairing.pairing(groundTruth: [], predictions: [Point(x: 1, y: 1)]).get()
        #expect(pairing == CoordinatePairing(pairs: [], unpairedGroundTruth: [], unpairedPredictions: [0]))
    }

    @Test("NaN coordinates are a ValueError as in scipy")
    func notANumber() {
        let pairing = CoordinatePairing.pairing(groundTruth: [Point(x: .nan, y: 0)], predictions: [Point(x: 0, y: 0)])
        #expect(pairing.undefined?.kind == .valueError)
    }

    @Test("dummy points: empty ground truth and empty prediction pair at the origin")
    func dummyPoints() throws {
        let counts = try DetectionCounts.image(groundTruth: [], predictions: [], precision: .float32).get()
        #expect(counts.pairedTypes == [DetectionCounts.TypePair(groundTruth: 0, prediction: 0): 1])
        #expect(counts.groundTruthTypes == [0])
        let far = try DetectionCounts.image(
            groundTruth: [], predictions: [TypedPoint(Point(x: 50, y: 50), type: 2)], precision: .float64
        ).get()
        #expect(far.truePositives == 0)
        #expect(far.unpairedGroundTruthTypes == [0: 1])
        #expect(far.unpairedPredictionTypes == [2: 1])
    }
}
