extension InstanceMap {
    /// The class of every instance by majority vote over a per-pixel class map.
    ///
    /// Reproduces HoVer-Net's rule (`models/hovernet/post_proc.py`, `compute_stats`'s
    /// `.mat` export; hover_net 67e2ce5): the distinct class values inside the instance
    /// are ordered by pixel count, descending, with equal counts in ascending value
    /// order (`np.unique` sorts the values and Python's `sorted(reverse=True)` is
    /// stable). The first value wins; if it is 0 (background) and another value
    /// occurs, the second one in that order wins — the most frequent non-zero value,
    /// equal counts going to the smaller value (metrics spec §8.1).
    ///
    /// - Parameter classMap: Row-major class values, one per pixel (`pixelCount` of them),
    ///   each representable as `Int`.
    /// - Returns: One class per instance, index 1 first. Every index 1…`count` must
    ///   label at least one pixel, as it does in a map built from labels.
    /// - Complexity: O(pixels + instances · classes) when the class values span a small
    ///   range, O(pixels · log pixels) otherwise.
    public func typeVotes<Label: BinaryInteger>(classMap: [Label]) -> [Int] {
        precondition(classMap.count == pixelCount, "the class map must have one value per pixel")
        var smallest = Int.max
        var largest = Int.min
        var labelled: [(index: Int, value: Int)] = []
        labelled.reserveCapacity(pixelCount)
        for (index, label) in zip(indices, classMap) where index != 0 {
            guard let value = Int(exactly: label) else {
                preconditionFailure("class value \(label) does not fit in Int")
            }
            smallest = min(smallest, value)
            largest = max(largest, value)
            labelled.append((Int(index), value))
        }
        guard count > 0 else { return [] }
        let (span, overflow) = largest.subtractingReportingOverflow(smallest)
        if !overflow, span < 1 << 20, count * (span + 1) <= max(4 * pixelCount, 1 << 16) {
            return votesByTable(labelled, smallest: smallest, span: span + 1)
        }
        return votesBySorting(labelled)
    }

    // MARK: - Counting strategies

    /// Counts in an `instances × span` table; values scanned in ascending order.
    private func votesByTable(_ labelled: [(index: Int, value: Int)], smallest: Int, span: Int) -> [Int] {
        var table = [Int](repeating: 0, count: (count + 1) * span)
        for (index, value) in labelled {
            table[index * span + value - smallest] += 1
        }
        return (1...count).map { index in
            var ballot = TypeBallot()
            for offset in 0..<span where table[index * span + offset] > 0 {
                ballot.add(value: smallest + offset, pixels: table[index * span + offset])
            }
            return ballot.winner
        }
    }

    /// Sorts (instance, value) pairs and counts the runs; values arrive in ascending order.
    private func votesBySorting(_ labelled: [(index: Int, value: Int)]) -> [Int] {
        let sorted = labelled.sorted { ($0.index, $0.value) < ($1.index, $1.value) }
        var ballots = [TypeBallot](repeating: TypeBallot(), count: count + 1)
        var start = 0
        while start < sorted.count {
            var end = start + 1
            while end < sorted.count, sorted[end] == sorted[start] { end += 1 }
            ballots[sorted[start].index].add(value: sorted[start].value, pixels: end - start)
            start = end
        }
        return ballots.dropFirst().map(\.winner)
    }
}

/// The running first and second choice of one instance, fed values in ascending order.
private struct TypeBallot {
    private var first: (value: Int, pixels: Int)?
    private var firstNonZero: (value: Int, pixels: Int)?

    /// Records `pixels` pixels of class `value`; values must arrive in ascending order,
    /// so a later value only wins with strictly more pixels.
    mutating func add(value: Int, pixels: Int) {
        if pixels > (first?.pixels ?? 0) { first = (value, pixels) }
        if value != 0, pixels > (firstNonZero?.pixels ?? 0) { firstNonZero = (value, pixels) }
    }

    /// The most frequent value, replaced by the most frequent non-zero value when that is 0.
    var winner: Int {
        guard let first else { preconditionFailure("every instance index must label at least one pixel") }
        if first.value == 0, let firstNonZero { return firstNonZero.value }
        return first.value
    }
}
