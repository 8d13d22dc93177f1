import NucBench
import Testing

/// `ImageBootstrap`: seeded, stratified percentile intervals of several statistics at once.
@Suite struct ImageBootstrapTests {
    /// Images whose AJI counts hold a value `intersection / 1000`, in two tissues and two folds.
    static func images(values: [Int]) -> [ImageStatistics] {
        values.enumerated().map { index, value in
            ImageStatistics(
                index: index, name: "image-\(index)", tissue: index % 3 == 0 ? "A" : "B", fold: index % 2 + 1,
                jaccard: [.aggregated: [.all: .success(AggregatedJaccardCounts(intersection: value, union: 1000))]])
        }
    }

    /// The value an image carries.
    static func value(_ image: ImageStatistics) -> Double {
        guard case .success(let counts)? = image.jaccard[.aggregated]?[.all] else { return .nan }
        return Double(counts.intersection) / Double(counts.union)
    }

    /// The mean of the images' values.
    static func mean(_ images: [ImageStatistics]) -> MetricResult<Double> {
        NumpySummation.mean(images.map(value))
    }
}

extension ImageBootstrapTests {
    @Test func aSingleStatisticEqualsStratifiedBootstrapBitForBit() {
        let images = Self.images(values: (0..<23).map { ($0 * 37) % 101 })
        let bootstrap = ImageBootstrap(rounds: 300, seed: 42)
        let ours = bootstrap.intervals(of: images) { ["mean": Self.mean($0)] }["mean"]
        let strata = images.map { "\($0.fold ?? -1)|\($0.tissue ?? "")" }
        let reference = StratifiedBootstrap(strata: strata).interval(rounds: 300, seed: 42, confidence: 95) { indices in
            Self.mean(indices.map { images[$0] })
        }
        #expect(ours == reference)
    }

    @Test func theSameSeedReproducesAndAnotherSeedDiffers() {
        let images = Self.images(values: (0..<30).map { ($0 * 53) % 97 })
        func intervals(_ seed: UInt64) -> [String: MetricResult<BootstrapInterval>] {
            ImageBootstrap(rounds: 100, seed: seed).intervals(of: images) {
                ["mean": Self.mean($0), "max": .success($0.map(Self.value).max() ?? 0)]
            }
        }
        #expect(intervals(3) == intervals(3))
        #expect(intervals(3)["mean"] != intervals(4)["mean"])
        #expect(intervals(3)["mean"]?.value?.rounds == 100)
        #expect(intervals(3)["mean"]?.value?.seed == 3)
    }

    @Test func strataKeepTheirSizesInEveryRound() throws {
        let images = Self.images(values: Array(repeating: 5, count: 17))
        let intervals = ImageBootstrap(rounds: 50, seed: 1).intervals(of: images) { sample in
            ["tissue A": .success(Double(sample.filter { $0.tissue == "A" }.count))]
        }
        let interval = try #require(intervals["tissue A"]?.value)
        #expect(interval.lower == 6 && interval.upper == 6)
    }

    @Test func undefinedReplicatesAreCountedAndAllUndefinedGivesNoInterval() throws {
        let images = Self.images(values: [1, 2, 3, 4, 5, 6])
        let intervals = ImageBootstrap(rounds: 40, seed: 0).intervals(of: images) { sample in
            [
                "never": .failure(Undefined(.notANumber, "never defined")),
                "sometimes": sample.contains { $0.index == 2 } ? .success(1) : .failure(Undefined(.notANumber, "")),
            ]
        }
        #expect(intervals["never"]?.undefined?.kind == .indexError)
        let sometimes = try #require(intervals["sometimes"]?.value)
        #expect(sometimes.undefinedReplicates > 0 && sometimes.undefinedReplicates < 40)
        #expect(ImageBootstrap(rounds: 0).intervals(of: images) { ["x": Self.mean($0)] }.isEmpty)
    }

    /// Over 200 simulated data sets of 30 images drawn uniformly from 0…999 (true mean 0.4995),
    /// about 95 % of the 95 % intervals cover the true mean (the percentile bootstrap
    /// under-covers slightly at this size).
    @Test func intervalsCoverTheTrueMeanAboutNinetyFivePercentOfTheTime() {
        var generator = SplitMix64(seed: 2024)
        var covered = 0
        let trials = 200
        for trial in 0..<trials {
            let values = (0..<30).map { _ in Int(generator.next() % 1000) }
            let interval = ImageBootstrap(rounds: 100, seed: UInt64(trial)).intervals(of: Self.images(values: values)) {
                ["mean": Self.mean($0)]
            }["mean"]?.value
            if let interval, interval.lower <= 0.4995, 0.4995 <= interval.upper { covered += 1 }
        }
        let coverage = Double(covered) / Double(trials)
        #expect((0.88...0.98).contains(coverage), "coverage \(coverage)")
    }
}
