import NucBench
import Testing

/// `nucbench metrics conic` output against CoNIC `compute_stats.py` golden values, tolerance 0.
@Suite struct CoNICCalculatorTests {}

extension CoNICCalculatorTests {
    @Test func outputEqualsTheExpectedObject() throws {
        let expected = try JSON.read(path: metricsFixturesPath("conic/expected.json"))
        let actual = try CoNICCalculator.run(
            truePath: metricsFixturesPath("conic/true.npy"), predPath: metricsFixturesPath("conic/pred.npy"),
            explain: false, threads: 2)
        #expect(expectMatches(actual, expected) == 2 + 6 + 20 + 24)
    }

    @Test func aPairsStackIsNotCoNICInput() throws {
        let path = metricsFixturesPath("pairs/ties.gt.npy")
        #expect(throws: InputError("expected CoNIC labels of shape (N, H, W, 2), found [120, 10, 10]", file: path)) {
            try CoNICCalculator.run(truePath: path, predPath: path, explain: false, threads: 1)
        }
    }
}
