import NucBench
import Testing

@Suite struct EngineBenchmarkTests {}

extension EngineBenchmarkTests {
    /// A smoke run of the cheapest stage: one measurement per thread count, each with its timed passes.
    @Test func timesEachStageAtEachThreadCount() throws {
        let benchmark = try EngineBenchmark(stages: [.decoder], threads: [1, 2], runs: 2)
        #expect(benchmark.measurements.map(\.threads) == [1, 2])
        for measurement in benchmark.measurements {
            #expect(measurement.stage == .decoder)
            #expect(measurement.milliseconds.count == 2)
            #expect(measurement.minimum > 0 && measurement.minimum <= measurement.median)
            #expect(measurement.gigaFLOPPerSecond == 11.0 / (measurement.median / 1000))
        }
        let line = try #require(benchmark.jsonLines.first)
        #expect(line.hasPrefix(#"{"stage":"decoder","threads":1,"runs":2,"median_ms":"#))
        #expect(line.contains(#""gflop_per_s":"#))
    }
}
