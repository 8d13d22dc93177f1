import NucIO
import NucMetrics
import Testing

/// `scipy.stats.wilcoxon(x, y)` of scipy 1.17.1, on the cases written by
/// `Tools/fixtures/make_statistics_fixtures.py`.
@Suite struct WilcoxonSignedRankTests {
    private struct Case {
        let label: String
        let first: [Double]
        let second: [Double]
        let statistic: Double?
        let pValue: Double?
        let path: String?
        let error: String?
    }

    private static func golden() throws -> [Case] {
        try (statisticsGolden("wilcoxon.json")["cases"]?.elements ?? []).map { entry in
            Case(
                label: entry["label"]?.text ?? "",
                first: entry["x"]?.doubles ?? [],
                second: entry["y"]?.doubles ?? [],
                statistic: entry["statistic"]?.double,
                pValue: entry["pvalue"]?.double,
                path: entry["path"]?.text,
                error: entry["error"]?.text
            )
        }
    }

    private static func outcomes(on method: WilcoxonSignedRank.Method) throws -> [(Case, WilcoxonSignedRank.Outcome)] {
        try golden().compactMap { testCase in
            guard testCase.path == method.rawValue,
                let outcome = WilcoxonSignedRank.test(testCase.first, testCase.second).value
            else { return nil }
            return (testCase, outcome)
        }
    }
}

extension WilcoxonSignedRankTests {
    @Test func statisticAndMethodMatchScipyExactly() throws {
        let cases = try Self.golden()
        #expect(cases.count >= 60)
        for testCase in cases where testCase.error == nil && testCase.statistic != nil {
            let outcome = WilcoxonSignedRank.test(testCase.first, testCase.second).value
            #expect(outcome?.statistic == testCase.statistic, "\(testCase.label)")
            #expect(outcome?.method.rawValue == testCase.path, "\(testCase.label)")
        }
    }

    @Test func exactAndPermutationPValuesMatchScipyBitForBit() throws {
        let exact = try Self.outcomes(on: .exact)
        let permutation = try Self.outcomes(on: .permutation)
        #expect(exact.count >= 15 && permutation.count >= 10)
        for (testCase, outcome) in exact + permutation {
            #expect(outcome.pValue.value == testCase.pValue, "\(testCase.label)")
        }
    }

    @Test func asymptoticPValuesMatchScipyBitForBit() throws {
        let asymptotic = try Self.outcomes(on: .asymptotic)
        #expect(asymptotic.count >= 15)
        for (testCase, outcome) in asymptotic {
            guard let expected = testCase.pValue else {
                #expect(outcome.pValue.undefined?.kind == .notANumber, "\(testCase.label)")
                continue
            }
            #expect(outcome.pValue.value == expected, "\(testCase.label)")
        }
    }

    @Test func undefinedCasesFollowScipy() throws {
        for testCase in try Self.golden() where testCase.error != nil || testCase.statistic == nil {
            let kind = WilcoxonSignedRank.test(testCase.first, testCase.second).undefined?.kind
            #expect(kind == (testCase.error == "ValueError" ? .valueError : .notANumber), "\(testCase.label)")
        }
        #expect(WilcoxonSignedRank.test([1, .nan], [0, 0]).undefined?.kind == .notANumber)
    }
}
