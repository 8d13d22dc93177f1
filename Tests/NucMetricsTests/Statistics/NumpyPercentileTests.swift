import NucIO
import NucMetrics
import Testing

/// `np.percentile(..., method='linear')`, checked bit for bit against numpy 2.4.6
/// (`Tools/fixtures/make_statistics_fixtures.py`).
@Suite struct NumpyPercentileTests {}

extension NumpyPercentileTests {
    @Test func percentilesMatchNumpyBitForBit() throws {
        let cases = try statisticsGolden("percentile.json")["cases"]?.elements ?? []
        #expect(cases.count > 10)
        for entry in cases {
            let values = entry["values"]?.doubles ?? []
            let percents = entry["q"]?.doubles ?? []
            let expected = entry["percentiles"]?.doubles ?? []
            #expect(percents.count == expected.count && !percents.isEmpty)
            for (percent, value) in zip(percents, expected) {
                let computed = NumpyPercentile.percentile(sorted: values, percent: percent).value
                #expect(computed == value, "n \(values.count), q \(percent)")
            }
        }
    }

    @Test func noValuesIsAnIndexErrorAsInNumpy() {
        #expect(NumpyPercentile.percentile(sorted: [], percent: 50).undefined?.kind == .indexError)
    }
}
