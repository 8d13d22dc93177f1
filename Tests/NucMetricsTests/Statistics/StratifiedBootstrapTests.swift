import NucMetrics
import Testing

/// Determinism, stratification and coverage of the stratified bootstrap.
@Suite struct StratifiedBootstrapTests {
    /// Twelve images in three tissue/fold strata of unequal sizes, listed interleaved.
    private static let strata = [
        "colon/1", "breast/2", "colon/1", "breast/1", "breast/2", "colon/1",
        "breast/1", "colon/1", "breast/2", "colon/1", "breast/1", "colon/1",
    ]

    private static func mean(_ scores: [Double]) -> ([Int]) -> MetricResult<Double> {
        { indices in NumpySummation.mean(indices.map { scores[$0] }) }
    }

    private static func uniformScores(count: Int, using generator: inout SplitMix64) -> [Double] {
        (0..<count).map { _ in Double(generator.next() >> 11) * 0x1p-53 }
    }
}

extension StratifiedBootstrapTests {
    @Test(arguments: [0, 1, 42, 0xDEAD_BEEF] as [UInt64])
    func sameSeedGivesIdenticalIntervalsAndOtherSeedsDiffer(seed: UInt64) {
        var generator = SplitMix64(seed: seed)
        let scores = Self.uniformScores(count: Self.strata.count, using: &generator)
        let bootstrap = StratifiedBootstrap(strata: Self.strata)
        let first = bootstrap.interval(rounds: 300, seed: seed, confidence: 95, statistic: Self.mean(scores))
        let again = bootstrap.interval(rounds: 300, seed: seed, confidence: 95, statistic: Self.mean(scores))
        let other = bootstrap.interval(rounds: 300, seed: seed &+ 1, confidence: 95, statistic: Self.mean(scores))
        #expect(first == again)
        #expect(first.value?.rounds == 300 && first.value?.undefinedReplicates == 0)
        #expect(first != other)
        #expect(bootstrap.resample(round: 7, seed: seed) == bootstrap.resample(round: 7, seed: seed))
        #expect(bootstrap.resample(round: 7, seed: seed) != bootstrap.resample(round: 8, seed: seed))
    }

    @Test(arguments: [3, 99, 12345] as [UInt64])
    func resamplesStayInsideStrataAndKeepTheirSizes(seed: UInt64) {
        let bootstrap = StratifiedBootstrap(strata: Self.strata)
        #expect(bootstrap.strata.map(\.key) == ["breast/1", "breast/2", "colon/1"])
        for round in 0..<200 {
            let indices = bootstrap.resample(round: round, seed: seed)
            #expect(indices.count == Self.strata.count)
            var position = 0
            for stratum in bootstrap.strata {
                let block = indices[position..<(position + stratum.members.count)]
                #expect(block.allSatisfy { Self.strata[$0] == stratum.key })
                position += stratum.members.count
            }
        }
    }

    @Test func pairedIntervalResamplesBothRunsTogether() {
        var generator = SplitMix64(seed: 5)
        let scores = Self.uniformScores(count: Self.strata.count, using: &generator)
        let shifted = scores.map { $0 - 0.25 }
        let bootstrap = StratifiedBootstrap(strata: Self.strata)
        let paired = bootstrap.pairedInterval(
            rounds: 200, seed: 9, confidence: 95, first: Self.mean(scores), second: Self.mean(shifted))
        #expect(abs((paired.value?.lower ?? 0) - 0.25) < 1e-12)
        #expect(abs((paired.value?.upper ?? 0) - 0.25) < 1e-12)
        let skipping = bootstrap.pairedInterval(
            rounds: 200, seed: 9, confidence: 95, first: Self.mean(scores),
            second: { $0.contains(0) ? .failure(Undefined(.notANumber, "test")) : Self.mean(shifted)($0) })
        let skipped = (0..<200).filter { bootstrap.resample(round: $0, seed: 9).contains(0) }.count
        #expect(skipped > 0 && skipping.value?.undefinedReplicates == skipped)
        let none = bootstrap.interval(rounds: 10, seed: 9, confidence: 95) { _ in
            .failure(Undefined(.notANumber, "test"))
        }
        #expect(none.undefined?.kind == .indexError)
    }

    @Test func ninetyFivePercentIntervalsCoverTheTrueMean() {
        var generator = SplitMix64(seed: 2026)
        let strata = (0..<60).map { "tissue\($0 % 3)" }
        let bootstrap = StratifiedBootstrap(strata: strata)
        var covered = 0
        for dataset in 0..<200 {
            let scores = Self.uniformScores(count: strata.count, using: &generator)
            let interval = bootstrap.interval(
                rounds: 400, seed: UInt64(dataset), confidence: 95, statistic: Self.mean(scores))
            if let interval = interval.value, interval.lower <= 0.5, 0.5 <= interval.upper { covered += 1 }
        }
        #expect((180...198).contains(covered), "covered \(covered) of 200")
    }
}
