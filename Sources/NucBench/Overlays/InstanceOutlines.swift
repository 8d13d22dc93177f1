/// The contour pixels and centroids of every instance of a map, found in one pass.
///
/// A contour pixel is a pixel of an instance with a 4-neighbour (up, down, left, right)
/// that is outside the image or carries another label, so instances touching the border
/// or each other get closed contours. A centroid is the mean column and mean row of the
/// instance's pixels, each rounded to the nearest pixel (halves away from zero).
struct InstanceOutlines {
    /// A contour pixel.
    struct ContourPixel: Equatable {
        /// Row-major position.
        let position: Int
        /// Instance, 0-based (index 1 of the map is instance 0).
        let instance: Int
    }

    /// Contour pixels in row-major order.
    let contour: [ContourPixel]
    /// Rounded centroid (column, row) of each instance; nil for an index without pixels.
    let centroids: [(x: Int, y: Int)?]

    /// Scans a map.
    ///
    /// - Parameter map: The instance map.
    /// - Complexity: O(pixels + instances).
    init(_ map: InstanceMap) {
        var contour: [ContourPixel] = []
        var pixels = [Int](repeating: 0, count: map.count)
        var columnSums = [Int](repeating: 0, count: map.count)
        var rowSums = [Int](repeating: 0, count: map.count)
        let (height, width) = (map.height, map.width)
        map.indices.withUnsafeBufferPointer { labels in
            for row in 0..<height {
                for column in 0..<width {
                    let position = row * width + column
                    let label = labels[position]
                    guard label != 0 else { continue }
                    let instance = Int(label) - 1
                    pixels[instance] += 1
                    columnSums[instance] += column
                    rowSums[instance] += row
                    let isContour =
                        row == 0 || row == height - 1 || column == 0 || column == width - 1
                        || labels[position - width] != label || labels[position + width] != label
                        || labels[position - 1] != label || labels[position + 1] != label
                    if isContour { contour.append(ContourPixel(position: position, instance: instance)) }
                }
            }
        }
        self.contour = contour
        centroids = (0..<map.count).map { instance in
            guard pixels[instance] > 0 else { return nil }
            let count = Double(pixels[instance])
            return (
                Int((Double(columnSums[instance]) / count).rounded()),
                Int((Double(rowSums[instance]) / count).rounded())
            )
        }
    }
}
