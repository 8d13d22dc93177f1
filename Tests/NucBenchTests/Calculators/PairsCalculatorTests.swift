import Foundation
import NucBench
import Testing

/// `nucbench metrics pairs` output against the golden lines, key for key, tolerance 0.
@Suite struct PairsCalculatorTests {
    static func records(gt: String, pred: String, threads: Int = 2) throws -> [JSON] {
        var records: [JSON] = []
        try PairsCalculator.run(gtPath: gt, predPath: pred, explain: false, threads: threads) { records.append($0) }
        return records
    }
}

extension PairsCalculatorTests {
    @Test(arguments: ["realistic", "ties"])
    func stackOutputEqualsTheGoldenLines(set: String) throws {
        let expected = try JSON.readLines(path: metricsFixturesPath("pairs/\(set).jsonl"))
        let actual = try Self.records(
            gt: metricsFixturesPath("pairs/\(set).gt.npy"), pred: metricsFixturesPath("pairs/\(set).pred.npy"))
        #expect(actual.count == expected.count)
        var compared = 0
        for (line, golden) in zip(actual, expected) { compared += expectMatches(line, golden) }
        #expect(compared > 20 * expected.count)
    }

    @Test func edgeCaseOutputEqualsTheGoldenLines() throws {
        let expected = try JSON.readLines(path: metricsFixturesPath("pairs/edge.jsonl"))
        #expect(expected.count == 27)
        for golden in expected {
            let stem = metricsFixturesPath(String(format: "pairs/edge/%02d", golden["index"]?.int ?? -1))
            let actual = try Self.records(gt: stem + ".gt.npy", pred: stem + ".pred.npy")
            #expect(actual.count == 1)
            if let line = actual.first {
                expectMatches(line, golden, ignoring: ["index", "case"])
            }
        }
    }

    @Test func outputIsIdenticalAtAnyThreadCount() throws {
        let gt = metricsFixturesPath("pairs/realistic.gt.npy")
        let pred = metricsFixturesPath("pairs/realistic.pred.npy")
        let single = try Self.records(gt: gt, pred: pred, threads: 1).map(\.rendered)
        #expect(try Self.records(gt: gt, pred: pred, threads: 2).map(\.rendered) == single)
        #expect(try Self.records(gt: gt, pred: pred, threads: 7).map(\.rendered) == single)
    }

    @Test func explainAddsAReasonForEveryUndefinedValue() throws {
        var records: [JSON] = []
        let stem = metricsFixturesPath("pairs/edge/00")
        try PairsCalculator.run(gtPath: stem + ".gt.npy", predPath: stem + ".pred.npy", explain: true, threads: 1) {
            records.append($0)
        }
        let reasons = try #require(records.first?["reasons"]?.members)
        #expect(Set(reasons.keys) == ["pq", "pq_iou03", "aji", "aji_plus", "dice1", "dice2"])
        #expect(reasons["aji"]?.text == "AJI needs at least one predicted instance (argmax of an empty axis)")
    }

    @Test func mismatchedShapesNameBothFiles() throws {
        let gt = metricsFixturesPath("pairs/edge/15.gt.npy")
        let pred = metricsFixturesPath("pairs/edge/16.pred.npy")
        #expect(
            throws: InputError(
                "prediction holds 1 map(s) of [1, 3] but the ground truth \(gt) holds 1 of [7, 13]", file: pred)
        ) {
            try Self.records(gt: gt, pred: pred)
        }
    }
}
