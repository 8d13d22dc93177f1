/// A dataset on disk in one of the known layouts: its samples, in a fixed order, and the
/// anomalies found while listing them.
///
/// Opening reads directory listings and file headers only; each sample's pixels are read
/// when asked for (`DatasetSample.labels()`), so iterating is lazy and streams
/// memory-mapped files.
public struct Dataset: Sendable, RandomAccessCollection {
    /// The layout the files follow.
    public let layout: DatasetLayout
    /// The folder the dataset was opened from.
    public let root: String
    /// Every sample, ordered by split then name (PanNuke: by fold then index).
    public let samples: [DatasetSample]
    /// Files that could not be paired and other structural anomalies.
    public let anomalies: [DatasetAnomaly]
    /// The stacked arrays of the layout (PanNuke's `.npy` files), for reports.
    public let arrays: [DatasetArray]

    /// Creates a dataset from its parts.
    ///
    /// - Parameters:
    ///   - layout: The layout.
    ///   - root: The folder.
    ///   - samples: The samples in order.
    ///   - anomalies: Structural anomalies.
    ///   - arrays: The stacked arrays.
    init(
        layout: DatasetLayout, root: String, samples: [DatasetSample], anomalies: [DatasetAnomaly],
        arrays: [DatasetArray] = []
    ) {
        self.layout = layout
        self.root = root
        self.samples = samples
        self.anomalies = anomalies
        self.arrays = arrays
    }

    /// The first index.
    public var startIndex: Int { samples.startIndex }
    /// One past the last index.
    public var endIndex: Int { samples.endIndex }

    /// The sample at `position`.
    public subscript(position: Int) -> DatasetSample { samples[position] }

    /// Number of samples in each split, in order of first appearance.
    public var splitCounts: [(split: String, count: Int)] {
        var order: [String] = []
        var counts: [String: Int] = [:]
        for sample in samples {
            if counts[sample.metadata.split] == nil { order.append(sample.metadata.split) }
            counts[sample.metadata.split, default: 0] += 1
        }
        return order.map { ($0, counts[$0] ?? 0) }
    }
}
