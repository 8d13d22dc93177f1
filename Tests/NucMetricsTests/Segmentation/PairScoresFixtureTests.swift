import Foundation
import NucIO
import NucMetrics
import Testing

/// Every pair of `fixtures/metrics/pairs/` against HoVer-Net `stats_utils` values, tolerance 0.
@Suite struct PairScoresFixtureTests {
    /// Expected values of one line (or of its nested `pq_iou03`), with the line's undefined lists.
    struct Expected {
        let values: JSON
        let index: Int
        let raises: [String: String]
        let nan: Set<String>

        init(line: JSON) {
            values = line
            index = line["index"]?.int ?? -1
            raises = (line["raises"]?.members ?? [:]).compactMapValues(\.text)
            nan = Set(line["nan"]?.elements?.compactMap(\.text) ?? [])
        }

        init(nested: JSON, of line: Expected) {
            values = nested
            index = line.index
            raises = line.raises
            nan = line.nan
        }
    }

    static func expectedLines(_ name: String) throws -> [Expected] {
        try JSON.readLines(path: metricsFixturesDirectory().appendingPathComponent("pairs/\(name).jsonl").path)
            .map(Expected.init(line:))
    }

    /// The (GT, prediction) maps of line `index` of fixture set `name`.
    static func maps(_ name: String, index: Int) throws -> (gt: InstanceMap, pred: InstanceMap) {
        let directory = metricsFixturesDirectory().appendingPathComponent("pairs")
        if name == "edge" {
            let stem = directory.appendingPathComponent(String(format: "edge/%02d", index)).path
            return (
                try NpyFile(path: stem + ".gt.npy").instanceMap(), try NpyFile(path: stem + ".pred.npy").instanceMap()
            )
        }
        let gt = try NpyFile(path: directory.appendingPathComponent("\(name).gt.npy").path)
        let pred = try NpyFile(path: directory.appendingPathComponent("\(name).pred.npy").path)
        return (try gt.instanceMap(slice: index), try pred.instanceMap(slice: index))
    }

    /// Checks one metric against the expected field: a number, NaN, or the reference's exception.
    static func check(_ result: MetricResult<Double>, _ key: String, raisesKey: String? = nil, _ expected: Expected) {
        switch result {
        case .success(let value):
            #expect(value == expected.values[key]?.double, "\(key) of pair \(expected.index)")
        case .failure(let undefined) where undefined.kind == .notANumber:
            #expect(expected.nan.contains(key), "\(key) of pair \(expected.index) should not be NaN")
        case .failure(let undefined):
            #expect(
                expected.raises[raisesKey ?? key] == undefined.kind.rawValue,
                "\(key) of pair \(expected.index): \(undefined)"
            )
        }
    }

    static func checkPanoptic(_ result: MetricResult<PanopticCounts>, key: String, _ expected: Expected) {
        let quality = result.flatMap { $0.quality() }
        if let exception = expected.raises[key] {
            #expect(quality.undefined?.kind.rawValue == exception, "\(key) of pair \(expected.index)")
            return
        }
        guard case .success(let counts) = result else {
            Issue.record("\(key) of pair \(expected.index) is undefined: \(String(describing: result.undefined))")
            return
        }
        #expect(counts.truePositives == expected.values["tp"]?.int, "\(key).tp of pair \(expected.index)")
        #expect(counts.falsePositives == expected.values["fp"]?.int, "\(key).fp of pair \(expected.index)")
        #expect(counts.falseNegatives == expected.values["fn"]?.int, "\(key).fn of pair \(expected.index)")
        check(quality.map(\.detection), "dq", raisesKey: key, expected)
        check(quality.map(\.segmentation), "sq", raisesKey: key, expected)
        check(quality.map(\.panoptic), "pq", raisesKey: key, expected)
    }

    static func checkSet(_ name: String) throws -> Int {
        let lines = try expectedLines(name)
        for line in lines {
            let (gt, pred) = try maps(name, index: line.index)
            let scores = try PairScores(gt: gt, pred: pred)
            #expect(scores.gtCount == line.values["n_gt"]?.int, "n_gt of pair \(line.index)")
            #expect(scores.predCount == line.values["n_pred"]?.int, "n_pred of pair \(line.index)")
            checkPanoptic(scores.panoptic, key: "pq", line)
            checkPanoptic(
                scores.panopticAtLowThreshold, key: "pq_iou03",
                Expected(nested: line.values["pq_iou03"] ?? .null, of: line)
            )
            check(scores.aji.flatMap { $0.index() }, "aji", line)
            check(scores.ajiPlus.flatMap { $0.index() }, "aji_plus", line)
            check(scores.dice1, "dice1", line)
            check(scores.dice2, "dice2", line)
        }
        return lines.count
    }
}

extension PairScoresFixtureTests {
    @Test func realisticPairsMatchHoVerNetExactly() throws {
        #expect(try Self.checkSet("realistic") == 60)
    }

    @Test func tiePairsMatchHoVerNetExactly() throws {
        #expect(try Self.checkSet("ties") == 120)
    }

    @Test func edgeCasesMatchHoVerNetExactly() throws {
        #expect(try Self.checkSet("edge") == 27)
    }
}
