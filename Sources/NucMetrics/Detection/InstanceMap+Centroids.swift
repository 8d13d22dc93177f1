extension InstanceMap {
    /// The centroid `(x, y)` = (mean column, mean row) of every instance, pixel centres at integers.
    ///
    /// One pass over the pixels accumulates each instance's pixel count, coordinate sums
    /// and minimum coordinates as integers; each coordinate is then one division (and,
    /// for `.boundingBox`, one addition), so the values equal OpenCV's moments bit for bit.
    ///
    /// - Parameter convention: Full-image or bounding-box-crop moments.
    /// - Returns: One point per instance, index 1 first (ascending original id).
    ///   Every index 1…`count` must label at least one pixel, as it does in a map built
    ///   from labels.
    /// - Complexity: O(pixels + instances).
    public func centroids(convention: CentroidConvention) -> [Point] {
        var moments = [InstanceMoments](repeating: InstanceMoments(), count: count + 1)
        indices.withUnsafeBufferPointer { labels in
            moments.withUnsafeMutableBufferPointer { moments in
                var position = 0
                for row in 0..<height {
                    for column in 0..<width {
                        let index = Int(labels[position])
                        position += 1
                        if index != 0 { moments[index].add(column: column, row: row) }
                    }
                }
            }
        }
        return moments.dropFirst().map { moments in
            precondition(moments.pixels > 0, "every instance index must label at least one pixel")
            switch convention {
            case .fullImage:
                return Point(
                    x: Double(moments.columnSum) / Double(moments.pixels),
                    y: Double(moments.rowSum) / Double(moments.pixels)
                )
            case .boundingBox:
                let columnOffsetSum = moments.columnSum - moments.pixels * moments.minimumColumn
                let rowOffsetSum = moments.rowSum - moments.pixels * moments.minimumRow
                return Point(
                    x: Double(columnOffsetSum) / Double(moments.pixels) + Double(moments.minimumColumn),
                    y: Double(rowOffsetSum) / Double(moments.pixels) + Double(moments.minimumRow)
                )
            }
        }
    }
}

/// Integer zeroth and first moments of one instance, with its bounding-box corner.
private struct InstanceMoments {
    var pixels = 0
    var columnSum = 0
    var rowSum = 0
    var minimumColumn = Int.max
    var minimumRow = Int.max

    mutating func add(column: Int, row: Int) {
        pixels += 1
        columnSum += column
        rowSum += row
        minimumColumn = min(minimumColumn, column)
        minimumRow = min(minimumRow, row)
    }
}
