import NucMetrics

/// Random instance maps for property tests: rectangles with random ids that overlap.
enum SegmentationTestMaps {
    /// A `size × size` map of up to `instances` overlapping rectangles with ids below 10 000.
    static func random(size: Int, instances: Int, using generator: inout SplitMix64) throws -> InstanceMap {
        var labels = [Int64](repeating: 0, count: size * size)
        for _ in 0..<instances {
            let id = Int64.random(in: 1..<10_000, using: &generator)
            let top = Int.random(in: 0..<size, using: &generator)
            let left = Int.random(in: 0..<size, using: &generator)
            let bottom = min(size, top + Int.random(in: 1...size / 3, using: &generator))
            let right = min(size, left + Int.random(in: 1...size / 3, using: &generator))
            for row in top..<bottom {
                for column in left..<right { labels[row * size + column] = id }
            }
        }
        return try InstanceMap(height: size, width: size, labels: labels)
    }
}
