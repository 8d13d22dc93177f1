import Foundation
import NucIO
import NucMetrics
import Testing

extension Detection {
    /// The golden detection sets `detection/00.json` … `09.json` (HoVer-Net `run_nuclei_type_stat`
    /// and CellViT, see the fixtures README), compared with tolerance 0.
    @Suite("Detection fixtures")
    struct DetectionFixtureTests {
        /// One fixture set: its images as typed points and its expected block.
        struct DetectionSet {
            let name: String
            let exhaustive: Bool
            let radius: Double
            let images: [(groundTruth: [TypedPoint], predictions: [TypedPoint])]
            let expected: JSON
        }

        static let setNames = (0..<10).map { String(format: "%02d", $0) }

        static func load(_ name: String) throws -> DetectionSet {
            let url = metricsFixturesDirectory().appendingPathComponent("detection/\(name).json")
            let document = try JSON.read(path: url.path)
            let images = try #require(document["images"]?.elements).map { image in
                (groundTruth: try typedPoints(image["gt"]), predictions: try typedPoints(image["pred"]))
            }
            return DetectionSet(
                name: name,
                exhaustive: try #require(document["exhaustive"]?.bool as Bool?),
                radius: try #require(document["radius"]?.double),
                images: images,
                expected: try #require(document["expected"])
            )
        }

        static func typedPoints(_ value: JSON?) throws -> [TypedPoint] {
            try #require(value?.elements).map { entry in
                let numbers = try #require(entry.elements)
                try #require(numbers.count == 3)
                let x = try #require(numbers[0].double)
                let y = try #require(numbers[1].double)
                let type = try #require(numbers[2].int)
                return TypedPoint(Point(x: x, y: y), type: type)
            }
        }

        /// Pools per-image counts in image order.
        static func pooled(_ set: DetectionSet, precision: CoordinatePrecision) throws -> DetectionCounts {
            try set.images.reduce(DetectionCounts.zero) { total, image in
                total
                    + (try DetectionCounts.image(
                        groundTruth: image.groundTruth, predictions: image.predictions, radius: set.radius,
                        precision: precision
                    ).get())
            }
        }
    }
}

// MARK: - HoVer-Net

extension Detection.DetectionFixtureTests {
    @Test("types, tp, fp and fn of the float32 matching", arguments: setNames)
    func counts(name: String) throws {
        let set = try Self.load(name)
        let counts = try Self.pooled(set, precision: .float32)
        #expect(counts.groundTruthTypes == set.expected["types"]?.ints)
        #expect(counts.truePositives == set.expected["tp"]?.int)
        #expect(counts.falsePositives == set.expected["fp"]?.int)
        #expect(counts.falseNegatives == set.expected["fn"]?.int)
    }

    @Test("hovernet_vector bit for bit", arguments: setNames)
    func hoverNetVector(name: String) throws {
        let set = try Self.load(name)
        let counts = try Self.pooled(set, precision: .float32)
        let statistics = HoVerNetTypeStatistics.statistics(of: counts, exhaustive: set.exhaustive)
        if let raised = set.expected["raises"]?["hovernet_vector"]?.text {
            #expect(statistics.undefined?.kind.rawValue == raised)
            return
        }
        let vector = try statistics.get().vector
        let expected = try #require(set.expected["hovernet_vector"]?.elements)
        let nanPaths = set.expected["nan"]?.elements?.compactMap(\.text) ?? []
        try #require(vector.count == expected.count)
        for (position, (actual, wanted)) in zip(vector, expected).enumerated() {
            expectExact(
                actual, wanted, isNaN: nanPaths.contains("hovernet_vector[\(position)]"), "\(name)[\(position)]")
        }
    }
}

// MARK: - CellViT

extension Detection.DetectionFixtureTests {
    @Test("CellViT precision, recall, F1 and per-type scores bit for bit", arguments: setNames)
    func cellViT(name: String) throws {
        let set = try Self.load(name)
        let counts = try Self.pooled(set, precision: .float64)
        let scores = CellViTDetectionScores.scores(of: counts)
        if let raised = set.expected["raises"]?["cellvit"]?.text {
            #expect(scores.undefined?.kind.rawValue == raised)
            return
        }
        let actual = try scores.get()
        let expected = try #require(set.expected["cellvit"])
        let nanNames = expected["nan"]?.elements?.compactMap(\.text) ?? []
        expectExact(actual.precision, expected["precision"], isNaN: nanNames.contains("precision"), "\(name) precision")
        expectExact(actual.recall, expected["recall"], isNaN: nanNames.contains("recall"), "\(name) recall")
        expectExact(actual.f1, expected["f1"], isNaN: nanNames.contains("f1"), "\(name) f1")
        let expectedTypes = try #require(expected["per_type"]?.members)
        #expect(Set(expectedTypes.keys) == Set(actual.perType.keys.map(String.init)))
        for (key, wanted) in expectedTypes {
            let type = try #require(Int(key))
            let scores = try #require(actual.perType[type])
            let nan = wanted["nan"]?.elements?.compactMap(\.text) ?? []
            expectExact(
                scores.precision, wanted["precision"], isNaN: nan.contains("precision"), "\(name) \(key) precision")
            expectExact(scores.recall, wanted["recall"], isNaN: nan.contains("recall"), "\(name) \(key) recall")
            expectExact(scores.f1, wanted["f1"], isNaN: nan.contains("f1"), "\(name) \(key) f1")
        }
    }
}

// MARK: - Pooling

extension Detection.DetectionFixtureTests {
    @Test("pooling is order- and grouping-independent", arguments: ["00", "05", "08"])
    func pooling(name: String) throws {
        let set = try Self.load(name)
        let perImage = try set.images.map { image in
            try DetectionCounts.image(
                groundTruth: image.groundTruth, predictions: image.predictions, precision: .float32
            ).get()
        }
        let forward = perImage.reduce(DetectionCounts.zero, +)
        let backward = perImage.reversed().reduce(DetectionCounts.zero, +)
        let half = perImage.count / 2
        let grouped = perImage[..<half].reduce(.zero, +) + perImage[half...].reduce(.zero, +)
        #expect(forward == backward)
        #expect(forward == grouped)
        #expect(forward + .zero == forward)
        let scores = HoVerNetTypeStatistics.statistics(of: forward, exhaustive: set.exhaustive)
        #expect(scores == HoVerNetTypeStatistics.statistics(of: grouped, exhaustive: set.exhaustive))
    }
}

// MARK: - Comparison

/// Expects `actual` to equal the fixture value bit for bit, or to be NaN-undefined when it is listed as NaN.
private func expectExact(
    _ actual: MetricResult<Double>, _ expected: JSON?, isNaN: Bool, _ label: String,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    if isNaN {
        #expect(expected?.isNull == true, "\(label): NaN entries are null", sourceLocation: sourceLocation)
        #expect(actual.undefined?.kind == .notANumber, "\(label)", sourceLocation: sourceLocation)
        return
    }
    guard let wanted = expected?.double else {
        Issue.record("\(label): expected a number", sourceLocation: sourceLocation)
        return
    }
    #expect(
        actual.value?.bitPattern == wanted.bitPattern, "\(label): \(actual) vs \(wanted)",
        sourceLocation: sourceLocation)
}
