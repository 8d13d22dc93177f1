/// The channels of one mask merged into one instance map, as `binarize` merges them.
///
/// Reference: PanNuke-metrics `utils.py` `binarize` (c00014d; CellViT keeps a copy) and
/// CellViT `prepare_pannuke.py` (05097e1), which merges its ground truth the same way;
/// metrics spec §9.2. Channels are walked 0 → 4; within a channel the distinct non-zero
/// values get the next values of a counter that starts at 1, in ascending order; a
/// later channel overwrites earlier ones on shared pixels. The result is not remapped,
/// so an instance that is overwritten everywhere leaves a gap in the ids.
struct Binarization: Sendable {
    /// The merged map: channel c's value of rank r gets id (values in channels before c) + r.
    let merged: SparseLabels
    /// For each channel, the pixels it wins (no later channel labels them), numbered by rank.
    let survivors: [SparseLabels]

    /// Merges channels of equal size by painting them in order.
    ///
    /// - Parameters:
    ///   - channels: The class channels in order.
    ///   - canvas: An all-zero canvas of the channels' size; left all zeros.
    /// - Complexity: O(labelled pixels).
    init(_ channels: [SparseChannel], canvas: borrowing LabelCanvas) {
        let pixelCount = channels.first?.pixelCount ?? 0
        var offsets: [Int32] = []
        var total: Int32 = 0
        var overwrote = false
        for channel in channels {
            offsets.append(total)
            overwrote = canvas.paint(channel.pixels, channel.ranks, offset: total) || overwrote
            total += Int32(channel.values.count)
        }
        if overwrote {
            survivors = channels.indices.map { index in
                let channel = channels[index]
                let last = offsets[index] + Int32(channel.values.count)
                var pixels: [Int32] = []
                var ranks: [Int32] = []
                for (pixel, label) in zip(channel.pixels, canvas.labels(at: channel.pixels)) where label <= last {
                    pixels.append(pixel)
                    ranks.append(label - offsets[index])
                }
                return SparseLabels(
                    pixels: pixels, labels: ranks, labelBound: channel.values.count, pixelCount: pixelCount)
            }
        } else {
            survivors = channels.map(\.labels)
        }
        for channel in channels { canvas.erase(channel.pixels) }
        merged = SparseLabels(
            pixels: survivors.flatMap(\.pixels),
            labels: zip(survivors, offsets).flatMap { survivor, offset in survivor.labels.map { offset + $0 } },
            labelBound: Int(total),
            pixelCount: pixelCount
        )
    }
}
