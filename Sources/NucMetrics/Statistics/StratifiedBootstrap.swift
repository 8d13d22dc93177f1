/// Resampling of images with replacement within strata (for example tissue and fold).
///
/// Strata are visited in ascending key order and each stratum's images in input
/// order; every stratum contributes as many draws as it has images, drawn uniformly
/// from its own images. Round `r` uses its own generator, seeded from `(seed, r)`, so
/// a round's indices depend only on the seed and the round number: the same on every
/// machine and whatever order or thread evaluates the rounds.
public struct StratifiedBootstrap<Stratum: Hashable & Comparable & Sendable>: Sendable {
    /// The image indices of each stratum, strata in ascending key order.
    public let strata: [(key: Stratum, members: [Int])]
    /// The number of images.
    public let count: Int

    /// Groups images by stratum.
    ///
    /// - Parameter strata: The stratum of each image, in image order.
    public init(strata: [Stratum]) {
        var members: [Stratum: [Int]] = [:]
        for (index, stratum) in strata.enumerated() { members[stratum, default: []].append(index) }
        self.strata = members.keys.sorted().map { (key: $0, members: members[$0] ?? []) }
        count = strata.count
    }

    /// The image indices of one resampling round.
    ///
    /// - Parameters:
    ///   - round: The round number, from 0.
    ///   - seed: The run's seed.
    /// - Returns: `count` indices, stratum by stratum in key order, each drawn with
    ///   replacement from that stratum's images.
    /// - Complexity: O(`count`).
    public func resample(round: Int, seed: UInt64) -> [Int] {
        var generator = SplitMix64(seed: Self.roundSeed(round: round, seed: seed))
        var indices: [Int] = []
        indices.reserveCapacity(count)
        for stratum in strata {
            for _ in stratum.members {
                indices.append(stratum.members[Self.uniform(below: stratum.members.count, using: &generator)])
            }
        }
        return indices
    }

    // MARK: - Random draws

    /// The seed of round `round`: the first SplitMix64 output of `seed ^ (round · φ)`,
    /// with φ = 0x9E3779B97F4A7C15, so that rounds do not share overlapping streams.
    private static func roundSeed(round: Int, seed: UInt64) -> UInt64 {
        var mixer = SplitMix64(seed: seed ^ (UInt64(truncatingIfNeeded: round) &* 0x9E37_79B9_7F4A_7C15))
        return mixer.next()
    }

    /// A uniform integer in `0..<bound` by Lemire's multiply-and-reject method (2019),
    /// written out so the draw never depends on the standard library's version.
    private static func uniform(below bound: Int, using generator: inout SplitMix64) -> Int {
        let range = UInt64(bound)
        let threshold = (0 &- range) % range
        while true {
            let product = generator.next().multipliedFullWidth(by: range)
            if product.low >= threshold { return Int(product.high) }
        }
    }
}
