/// The city-block distance transform OpenCV's `distanceTransform(src, DIST_L1, 3)` computes,
/// and the first maximum PromptNucSeg takes of it.
///
/// OpenCV uses a two-pass 3×3 chamfer with weights 1 (edge) and 2 (diagonal) and treats pixels
/// outside the image as infinitely far foreground, which yields the exact L1 distance from every
/// pixel to the nearest zero pixel of the image. Two raster passes (up/left, then down/right)
/// give the same values. The values are whole numbers, so OpenCV's `float` output is exact.
///
/// Reference: OpenCV 4.8.1 `modules/imgproc/src/distransform.cpp` (`distanceTransform_3x3`);
/// PromptNucSeg `segmentor/datasets/*/extract_data.py` takes
/// `np.argwhere(dist == dist.max())[0]`, the first maximum in row-major order.
package enum DistanceTransformL1 {
    /// The L1 distance of every pixel to the nearest zero pixel.
    ///
    /// - Parameters:
    ///   - mask: Row-major pixels; `true` is foreground (non-zero).
    ///   - height: Rows.
    ///   - width: Columns.
    /// - Returns: Row-major distances, 0 on background; when the image has no background pixel
    ///   every value is `height + width`, more than any real distance.
    package static func distances(mask: [Bool], height: Int, width: Int) -> [Int] {
        precondition(mask.count == height * width, "mask must hold height × width pixels")
        let far = height + width
        var distance = [Int](repeating: 0, count: mask.count)
        for y in 0..<height {
            for x in 0..<width where mask[y * width + x] {
                let above = y > 0 ? distance[(y - 1) * width + x] : far - 1
                let left = x > 0 ? distance[y * width + x - 1] : far - 1
                distance[y * width + x] = min(min(above, left) + 1, far)
            }
        }
        for y in stride(from: height - 1, through: 0, by: -1) {
            for x in stride(from: width - 1, through: 0, by: -1) where mask[y * width + x] {
                let below = y + 1 < height ? distance[(y + 1) * width + x] : far - 1
                let right = x + 1 < width ? distance[y * width + x + 1] : far - 1
                distance[y * width + x] = min(distance[y * width + x], min(below, right) + 1, far)
            }
        }
        return distance
    }

    /// The first pixel, in row-major order, whose distance is the largest.
    ///
    /// - Parameters:
    ///   - mask: Row-major pixels; `true` is foreground.
    ///   - height: Rows (at least 1).
    ///   - width: Columns (at least 1).
    /// - Returns: Column and row of the first maximum.
    package static func firstMaximum(mask: [Bool], height: Int, width: Int) -> (x: Int, y: Int) {
        let distance = distances(mask: mask, height: height, width: width)
        var best = 0
        for position in distance.indices where distance[position] > distance[best] { best = position }
        return (best % width, best / width)
    }
}
