/// One class channel of a PanNuke mask, reduced to its non-zero pixels.
///
/// Most of a 256 × 256 channel is background, so it is scanned once, 32 values at a
/// time, and all later steps work on the few thousand labelled pixels. Each of them
/// carries the 1-based rank of its stored value among the channel's distinct non-zero
/// values: the order `np.unique` lists them in, which is the order in which both
/// `binarize` and `remap_label` number instances (metrics spec §9.2).
struct SparseChannel: Sendable, Equatable {
    /// Row-major positions of the non-zero pixels, ascending.
    let pixels: [Int32]
    /// Rank of each pixel's value among `values`, 1-based, parallel to `pixels`.
    let ranks: [Int32]
    /// The distinct non-zero values, ascending, as stored.
    let values: [Double]
    /// Pixels in the whole channel.
    let pixelCount: Int

    /// Whether some pixel is 0 (`binarize` and `remap_label` raise `ValueError` otherwise).
    var hasBackground: Bool { pixels.count < pixelCount }

    /// Whether every value is a whole number (so an `int32` cast changes nothing).
    var isIntegral: Bool { values.allSatisfy { $0 == $0.rounded(.towardZero) } }

    /// The channel as a label map numbered by value rank.
    var labels: SparseLabels {
        SparseLabels(pixels: pixels, labels: ranks, labelBound: values.count, pixelCount: pixelCount)
    }

    /// Scans a channel.
    ///
    /// - Parameters:
    ///   - channel: Row-major values; at most `Int32.max` of them.
    ///   - name: How error messages refer to the channel.
    ///   - scanner: A scanner for channels of this size.
    /// - Throws: `InputError` for a negative, non-finite or ≥ 2^31 value (the reference
    ///   casts class maps to `int32`).
    init(scanning channel: UnsafeBufferPointer<Double>, name: String, scanner: borrowing ChannelScanner) throws {
        let (pixels, stored) = scanner.nonZeroEntries(of: channel)
        for (position, value) in zip(pixels, stored) where !(value > 0 && value < 2_147_483_648) {
            let problem =
                value.isNaN || value.isInfinite ? "is not finite" : value < 0 ? "is negative" : "exceeds int32"
            throw InputError("\(name): value \(value) at pixel \(position) \(problem)")
        }
        let values = Self.distinctSorted(stored)
        var ranks = [Int32](repeating: 0, count: stored.count)
        var lastValue = 0.0
        var lastRank: Int32 = 0
        for (index, value) in stored.enumerated() {
            if value != lastValue {
                lastValue = value
                lastRank = Int32(values.lowerBound(of: value) + 1)
            }
            ranks[index] = lastRank
        }
        self.pixels = pixels
        self.ranks = ranks
        self.values = values
        self.pixelCount = channel.count
    }

    // MARK: - Ranking

    /// The distinct values, ascending (runs along a row are collapsed before sorting).
    private static func distinctSorted(_ stored: [Double]) -> [Double] {
        var runs: [Double] = []
        var previous = 0.0
        for value in stored where value != previous {
            runs.append(value)
            previous = value
        }
        runs.sort()
        var distinct: [Double] = []
        for value in runs where distinct.last != value { distinct.append(value) }
        return distinct
    }
}

// MARK: - Class maps

extension SparseChannel {
    /// `remap_label(channel.astype('int32'))` of PanNuke-metrics: values truncated toward
    /// zero, then numbered 1…n in ascending order; values below 1 become background.
    var truncatedLabels: SparseLabels {
        var labelOfRank = [Int32](repeating: 0, count: values.count + 1)
        var next: Int32 = 0
        var previous = 0.0
        for (index, value) in values.enumerated() {
            let truncated = value.rounded(.towardZero)
            guard truncated != 0 else { continue }
            if truncated != previous {
                next += 1
                previous = truncated
            }
            labelOfRank[index + 1] = next
        }
        if Int(next) == values.count { return labels }
        var keptPixels: [Int32] = []
        var keptLabels: [Int32] = []
        for (pixel, rank) in zip(pixels, ranks) where labelOfRank[Int(rank)] != 0 {
            keptPixels.append(pixel)
            keptLabels.append(labelOfRank[Int(rank)])
        }
        return SparseLabels(pixels: keptPixels, labels: keptLabels, labelBound: Int(next), pixelCount: pixelCount)
    }
}
