import Foundation

/// Seeded percentile bootstrap over a run's images, stratified by tissue and fold, for several
/// statistics at once.
///
/// Round `r` draws the images of `StratifiedBootstrap.resample(round: r, seed:)` (each
/// tissue × fold stratum resampled with replacement to its own size) and evaluates every
/// statistic on them; the interval of each statistic is that of
/// `StratifiedBootstrap.interval` — the numpy linear percentiles of its defined, finite
/// replicates — so one pass of rounds serves a whole table.
public struct ImageBootstrap: Sendable, Equatable {
    /// The default number of rounds: enough for stable 95 % ends, fast enough for a report.
    public static let defaultRounds = 1000
    /// The default seed.
    public static let defaultSeed: UInt64 = 0

    /// The number of resampling rounds.
    public let rounds: Int
    /// The seed of the rounds.
    public let seed: UInt64
    /// The confidence level in percent.
    public let confidence: Double
    /// Worker threads for the rounds; each round has its own seed, so intervals are the same at any count.
    public let threads: Int

    /// Creates bootstrap settings.
    ///
    /// - Parameters:
    ///   - rounds: Resampling rounds (0 disables intervals).
    ///   - seed: The seed.
    ///   - confidence: The level in percent.
    ///   - threads: Worker threads for the rounds (all cores by default).
    public init(
        rounds: Int = defaultRounds, seed: UInt64 = defaultSeed, confidence: Double = 95,
        threads: Int = ProcessInfo.processInfo.activeProcessorCount
    ) {
        self.rounds = max(rounds, 0)
        self.seed = seed
        self.confidence = confidence
        self.threads = max(threads, 1)
    }

    /// The sentence printed under a table whose values carry these intervals.
    public var declaration: String {
        "\(Self.format(confidence)) % intervals: percentile bootstrap over images, resampled with replacement "
            + "within each tissue × fold stratum; \(rounds) rounds, seed \(seed)."
    }

    /// Intervals of several statistics of the same images.
    ///
    /// - Parameters:
    ///   - images: The images, in the order the statistics expect.
    ///   - statistics: The statistics of a resampled multiset of images, by key.
    /// - Returns: Each key's interval, or `.indexError` when none of its replicates is defined;
    ///   keys never produced by a round are absent.
    /// - Complexity: `rounds` evaluations of `statistics`.
    public func intervals<Key: Hashable & Sendable>(
        of images: [ImageStatistics], statistics: @Sendable ([ImageStatistics]) -> [Key: MetricResult<Double>]
    ) -> [Key: MetricResult<BootstrapInterval>] {
        intervals(strata: images.map(ImageStratum.init)) { indices in statistics(indices.map { images[$0] }) }
    }

    /// Intervals of several statistics of resampled image indices (paired comparisons apply the
    /// same indices to two runs).
    ///
    /// - Parameters:
    ///   - strata: The stratum of each image.
    ///   - statistics: The statistics of a multiset of image indices, by key.
    /// - Returns: Each key's interval, or `.indexError` when none of its replicates is defined.
    /// - Complexity: `rounds` evaluations of `statistics`.
    func intervals<Key: Hashable & Sendable>(
        strata: [ImageStratum], statistics: @Sendable ([Int]) -> [Key: MetricResult<Double>]
    ) -> [Key: MetricResult<BootstrapInterval>] {
        let bootstrap = StratifiedBootstrap(strata: strata)
        let seed = seed
        // The closure never throws, so neither does the map.
        let rounds =
            (try? parallelMap(count: rounds, threads: threads) { round in
                statistics(bootstrap.resample(round: round, seed: seed))
            }) ?? []
        var replicates: [Key: [Double]] = [:]
        for values in rounds {
            for (key, value) in values {
                var defined = replicates[key] ?? []
                if case .success(let number) = value, number.isFinite { defined.append(number) }
                replicates[key] = defined
            }
        }
        return replicates.mapValues(interval)
    }

    /// The percentile interval of one statistic's defined replicates.
    private func interval(_ values: [Double]) -> MetricResult<BootstrapInterval> {
        let sorted = values.sorted()
        let tail = (100 - confidence) / 2
        guard case .success(let lower) = NumpyPercentile.percentile(sorted: sorted, percent: tail),
            case .success(let upper) = NumpyPercentile.percentile(sorted: sorted, percent: 100 - tail)
        else {
            return .failure(Undefined(.indexError, "no defined replicate in \(rounds) bootstrap rounds"))
        }
        return .success(
            BootstrapInterval(
                lower: lower, upper: upper, confidence: confidence, rounds: rounds, seed: seed,
                undefinedReplicates: rounds - sorted.count))
    }

    private static func format(_ level: Double) -> String {
        level == level.rounded() ? String(Int(level)) : String(level)
    }
}

/// The bootstrap stratum of an image: its tissue and fold (absent ones form their own stratum).
struct ImageStratum: Hashable, Comparable, Sendable {
    /// The tissue, or the empty string.
    let tissue: String
    /// The fold, or −1.
    let fold: Int

    /// The stratum of an image.
    init(_ image: ImageStatistics) {
        tissue = image.tissue ?? ""
        fold = image.fold ?? -1
    }

    /// Orders by fold, then tissue.
    static func < (lhs: ImageStratum, rhs: ImageStratum) -> Bool {
        (lhs.fold, lhs.tissue) < (rhs.fold, rhs.tissue)
    }
}
