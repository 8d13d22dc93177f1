/// A 2-D instance label map with its ids compacted to 1…n in ascending order of the original id.
///
/// 0 is background; every other value is one nucleus. The references renumber ids the
/// same way (`remap_label` with `by_size=False`) before computing anything, so metrics
/// on this representation reproduce theirs, tie-breaks included (metrics spec §1).
public struct InstanceMap: Sendable, Equatable {
    /// Number of rows.
    public let height: Int
    /// Number of columns.
    public let width: Int
    /// Row-major pixel labels: 0 background, k the k-th smallest original id (1-based).
    public let indices: [Int32]
    /// Original id of each instance, ascending: `ids[k - 1]` is the id of index k.
    public let ids: [Int64]
    /// Whether any pixel is 0.
    ///
    /// HoVer-Net's `remap_label` raises `ValueError` when none is.
    public let hasBackground: Bool

    /// Number of instances.
    public var count: Int { ids.count }

    /// Number of pixels.
    public var pixelCount: Int { height * width }

    /// Builds a map from already-compacted indices.
    ///
    /// - Parameters:
    ///   - height: Rows.
    ///   - width: Columns.
    ///   - indices: Row-major labels in 0…`ids.count`.
    ///   - ids: Original ids, ascending, one per index 1…n.
    ///   - hasBackground: Whether any pixel is 0.
    public init(height: Int, width: Int, indices: [Int32], ids: [Int64], hasBackground: Bool) {
        precondition(indices.count == height * width, "indices must hold height × width labels")
        self.height = height
        self.width = width
        self.indices = indices
        self.ids = ids
        self.hasBackground = hasBackground
    }

    /// Compacts integer labels.
    ///
    /// - Parameters:
    ///   - height: Rows.
    ///   - width: Columns.
    ///   - labels: Row-major labels; 0 is background.
    /// - Throws: `InputError` if a label is negative or the count is not `height × width`.
    /// - Complexity: O(pixels + largest id) when ids are at most a few times the pixel
    ///   count, O(pixels · log n) otherwise.
    public init(height: Int, width: Int, labels: [Int64]) throws {
        self = try labels.withUnsafeBufferPointer { try Self.compacting($0, height: height, width: width) }
    }

    /// Compacts 32-bit integer labels (the usual storage of label maps) without widening them first.
    ///
    /// - Parameters:
    ///   - height: Rows.
    ///   - width: Columns.
    ///   - labels: Row-major labels; 0 is background.
    /// - Throws: `InputError` if a label is negative or the count is not `height × width`.
    public init(height: Int, width: Int, int32Labels labels: [Int32]) throws {
        self = try labels.withUnsafeBufferPointer { try Self.compacting($0, height: height, width: width) }
    }

    /// Compacts labels stored as floating-point numbers (PanNuke stores float64 maps).
    ///
    /// - Parameters:
    ///   - height: Rows.
    ///   - width: Columns.
    ///   - values: Row-major labels; each must be a non-negative integer value.
    /// - Throws: `InputError` for NaN, infinite, fractional, negative or out-of-range values.
    public init(height: Int, width: Int, values: [Double]) throws {
        var labels = [Int64](repeating: 0, count: values.count)
        for (position, value) in values.enumerated() {
            guard value.isFinite, value == value.rounded(.towardZero), value >= 0, value < 9.0e15 else {
                throw InputError("label \(value) at pixel \(position) is not a non-negative integer")
            }
            labels[position] = Int64(value)
        }
        try self.init(height: height, width: width, labels: labels)
    }

    // MARK: - Compaction strategies

    private static func compacting<Label: FixedWidthInteger>(
        _ labels: UnsafeBufferPointer<Label>, height: Int, width: Int
    ) throws -> InstanceMap {
        guard height >= 0, width >= 0, labels.count == height * width else {
            throw InputError("expected \(height)×\(width) = \(height * width) labels, got \(labels.count)")
        }
        var smallest: Label = 0
        var largest: Label = 0
        for label in labels {
            smallest = min(smallest, label)
            largest = max(largest, label)
        }
        guard smallest >= 0 else {
            throw InputError("instance ids must be non-negative; found \(smallest)")
        }
        let (indices, ids, hasBackground) =
            UInt64(largest) <= UInt64(max(4 * labels.count, 1 << 16))
            ? compactByTable(labels, largest: Int(largest))
            : compactBySorting(labels)
        return InstanceMap(height: height, width: width, indices: indices, ids: ids, hasBackground: hasBackground)
    }

    private static func compactByTable<Label: FixedWidthInteger>(
        _ labels: UnsafeBufferPointer<Label>, largest: Int
    ) -> ([Int32], [Int64], Bool) {
        var denseIndex = [Int32](repeating: 0, count: largest + 1)
        denseIndex.withUnsafeMutableBufferPointer { table in
            for label in labels { table[Int(label)] = 1 }
        }
        let hasBackground = denseIndex[0] != 0
        var ids: [Int64] = []
        var next: Int32 = 0
        for id in 1..<(largest + 1) where denseIndex[id] != 0 {
            next += 1
            denseIndex[id] = next
            ids.append(Int64(id))
        }
        denseIndex[0] = 0
        let indices = [Int32](unsafeUninitializedCapacity: labels.count) { output, initialized in
            denseIndex.withUnsafeBufferPointer { table in
                for position in 0..<labels.count { output[position] = table[Int(labels[position])] }
            }
            initialized = labels.count
        }
        return (indices, ids, hasBackground)
    }

    private static func compactBySorting<Label: FixedWidthInteger>(
        _ labels: UnsafeBufferPointer<Label>
    ) -> ([Int32], [Int64], Bool) {
        var distinct = Array(Set(labels.map { Int64($0) })).sorted()
        let hasBackground = distinct.first == 0
        if hasBackground { distinct.removeFirst() }
        let indices = labels.map { label -> Int32 in
            let label = Int64(label)
            return label == 0 ? 0 : Int32(distinct.lowerBound(of: label) + 1)
        }
        return (indices, distinct, hasBackground)
    }
}
