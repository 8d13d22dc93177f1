import NucBench
import Testing

@Suite struct DecoderBenchmarkTests {}

extension DecoderBenchmarkTests {
    /// A smoke run on few prompts: one timing per round, all positive.
    @Test func timesEachRound() {
        let benchmark = DecoderBenchmark(prompts: 2, negatives: 1, threads: 1, rounds: 2)
        #expect(benchmark.milliseconds.count == 2)
        #expect(benchmark.minimum > 0 && benchmark.minimum <= benchmark.median)
    }
}
