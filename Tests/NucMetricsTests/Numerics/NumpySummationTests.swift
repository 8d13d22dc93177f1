import Foundation
import NucIO
import NucMetrics
import Testing

/// numpy's reductions, checked bit for bit against values numpy 2.4.6 computed
/// (`Tools/fixtures/make_numpy_summation_fixtures.py`).
@Suite struct NumpySummationTests {
    private struct Case {
        let values: [Double]
        let sum: Double?
        let mean: Double?
        let std0: Double?
        let std1: Double?
        let nanSlots: [Bool]
        let nanmean: Double?
    }

    private static func golden() throws -> [Case] {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Golden/numpy_summation.json").path
        return try (JSON.read(path: path)["cases"]?.elements ?? []).map { entry in
            Case(
                values: entry["values"]?.doubles ?? [],
                sum: entry["sum"]?.double,
                mean: entry["mean"]?.double,
                std0: entry["std0"]?.double,
                std1: entry["std1"]?.double,
                nanSlots: entry["nan_slots"]?.elements?.compactMap(\.bool) ?? [],
                nanmean: entry["nanmean"]?.double
            )
        }
    }
}

extension NumpySummationTests {
    @Test func sumAndMeanMatchNumpyBitForBit() throws {
        let cases = try Self.golden()
        #expect(cases.count > 30)
        for testCase in cases {
            #expect(NumpySummation.sum(testCase.values) == testCase.sum, "length \(testCase.values.count)")
            #expect(NumpySummation.mean(testCase.values).value == testCase.mean, "length \(testCase.values.count)")
        }
    }

    @Test func standardDeviationMatchesNumpyForBothDdofs() throws {
        for testCase in try Self.golden() {
            #expect(NumpySummation.standardDeviation(testCase.values, ddof: 0).value == testCase.std0)
            #expect(NumpySummation.standardDeviation(testCase.values, ddof: 1).value == testCase.std1)
        }
    }

    @Test func nanMeanKeepsNaNSlotsAsZeroInPlace() throws {
        for testCase in try Self.golden() {
            let withGaps = zip(testCase.values, testCase.nanSlots).map { $1 ? nil : $0 }
            #expect(NumpySummation.nanMean(withGaps).value == testCase.nanmean, "length \(testCase.values.count)")
        }
    }

    @Test func pairwiseOrderDiffersFromLeftToRightForEightOrMoreItems() {
        let values: [Double] = [1e16, 1, 1, 1, 1, 1, 1, 1, -1e16]
        #expect(values.reduce(0, +) == 0.0)
        #expect(NumpySummation.sum(values) == 6.0, "np.sum of this vector is 6.0")
    }

    @Test func emptyInputsAreUndefinedNotZero() {
        #expect(NumpySummation.mean([]).undefined?.kind == .notANumber)
        #expect(NumpySummation.nanMean([nil, nil]).undefined?.kind == .notANumber)
        #expect(NumpySummation.standardDeviation([1.0], ddof: 1).undefined?.kind == .notANumber)
    }
}
