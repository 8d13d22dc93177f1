/// Average ranks of the nonzero |differences|, as scipy's `_rankdata(..., 'average')`.
///
/// Ranks are half-integers, so every sum below is exact in float64 and independent of
/// the summation order.
struct SignedRanking {
    /// The rank of each nonzero difference, in input order.
    let ranks: [Double]
    /// Whether each nonzero difference is positive, in input order.
    let isPositive: [Bool]
    /// The sizes of the groups of equal magnitudes, in increasing magnitude.
    let tieSizes: [Int]
    /// How many differences were exactly zero (and dropped).
    let zeroCount: Int

    init(differences: [Double]) {
        let nonzero = differences.filter { $0 != 0 }
        zeroCount = differences.count - nonzero.count
        isPositive = nonzero.map { $0 > 0 }
        let magnitudes = nonzero.map { abs($0) }
        let order = magnitudes.indices.sorted { (magnitudes[$0], $0) < (magnitudes[$1], $1) }
        var ranks = [Double](repeating: 0, count: nonzero.count)
        var tieSizes: [Int] = []
        var start = 0
        while start < order.count {
            var end = start + 1
            while end < order.count && magnitudes[order[end]] == magnitudes[order[start]] { end += 1 }
            let size = end - start
            let rank = Double(start + 1) + Double(size - 1) / 2
            for position in start..<end { ranks[order[position]] = rank }
            tieSizes.append(size)
            start = end
        }
        self.ranks = ranks
        self.tieSizes = tieSizes
    }

    /// Whether any two nonzero magnitudes are equal.
    var hasTies: Bool { tieSizes.contains { $0 > 1 } }

    /// R+, the sum of the ranks of positive differences.
    var positiveSum: Double { zip(ranks, isPositive).reduce(0.0) { $0 + ($1.1 ? $1.0 : 0) } }

    /// R−, the sum of the ranks of negative differences.
    var negativeSum: Double { zip(ranks, isPositive).reduce(0.0) { $0 + ($1.1 ? 0 : $1.0) } }

    /// Each rank times two, an integer.
    var doubledRanks: [Int] { ranks.map { Int(2 * $0) } }
}
