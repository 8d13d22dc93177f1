/// PromptNucSeg's ground-truth points ("oracle" prompts, promptnucseg spec §5.4 and §7).
///
/// For every instance the dataset scripts (`segmentor/datasets/*/extract_data.py`, commit
/// `4afbf26`) run `cv2.findContours(mask, RETR_LIST, CHAIN_APPROX_SIMPLE)` on the instance's
/// binary mask, keep the first contour of largest `cv2.contourArea`, and take the centroid of its
/// `cv2.moments`, each coordinate truncated with `int()`. When that polygon has m₀₀ = 0 (every
/// component is a point or a one-pixel-wide line) the point is the first row-major maximum of
/// `cv2.distanceTransform(mask, DIST_L1, 3)`. PanNuke's class is the type map at that point,
/// and the point is dropped when the type there is 0.
///
/// Each instance is processed inside its bounding box (plus a one-pixel frame for the distance
/// transform), which gives the same contours, in the same order, as the whole image.
public enum OraclePrompts {
    /// The ground-truth point of every instance, in instance-index order.
    ///
    /// - Parameters:
    ///   - instances: The ground-truth instance map.
    ///   - classes: Row-major type map (0 background, 1… the classes), or nil for a single-class
    ///     dataset (Kumar, CPM-17), where every point has class 0.
    /// - Returns: One prompt per instance, except, with a type map, those whose point lands on type
    ///   0 or below (as PromptNucSeg's PanNuke script drops them).
    /// - Throws: `InputError` if the type map is not the size of the instance map or the instance
    ///   map holds an index outside 0…`count`.
    /// - Complexity: O(pixels + Σ bounding-box areas).
    public static func prompts(for instances: InstanceMap, classes: [Int32]? = nil) throws -> [OraclePrompt] {
        if let classes, classes.count != instances.pixelCount {
            throw InputError(
                "type map has \(classes.count) pixels, instance map \(instances.height)×\(instances.width)")
        }
        var prompts: [OraclePrompt] = []
        prompts.reserveCapacity(instances.count)
        for (index, box) in try boundingBoxes(of: instances).enumerated() where index > 0 && !box.isEmpty {
            let (x, y) = point(of: Int32(index), in: instances, box: box)
            var classIndex = 0
            if let classes {
                let type = Int(classes[y * instances.width + x])
                guard type > 0 else { continue }
                classIndex = type - 1
            }
            prompts.append(OraclePrompt(instance: index, x: x, y: y, classIndex: classIndex))
        }
        return prompts
    }

    // MARK: - One instance

    /// The point of one instance: the truncated centroid of its largest contour, or the
    /// distance-transform fallback.
    ///
    /// - Parameters:
    ///   - index: The instance index.
    ///   - instances: The map.
    ///   - box: The instance's bounding box.
    /// - Returns: Column and row.
    static func point(of index: Int32, in instances: InstanceMap, box: BoundingBox) -> (x: Int, y: Int) {
        let labels = instances.indices
        let width = instances.width
        var raster = PaddedRaster(height: box.height, width: box.width, originX: box.minX, originY: box.minY)
        raster.fill { x, y in labels[(y + box.minY) * width + x + box.minX] == index }
        var largest: [Contour.Vertex] = []
        var largestArea = -1.0
        for contour in BorderFollowing.contours(in: &raster) {
            let area = ContourMoments.area(of: contour.vertices)
            if area > largestArea {
                largest = contour.vertices
                largestArea = area
            }
        }
        let moments = ContourMoments(vertices: largest)
        if moments.m00 != 0 {
            return (Int(moments.m10 / moments.m00), Int(moments.m01 / moments.m00))
        }
        let minX = max(box.minX - 1, 0)
        let minY = max(box.minY - 1, 0)
        let windowWidth = min(box.minX + box.width + 1, width) - minX
        let windowHeight = min(box.minY + box.height + 1, instances.height) - minY
        var mask = [Bool](repeating: false, count: windowWidth * windowHeight)
        for y in 0..<windowHeight {
            for x in 0..<windowWidth { mask[y * windowWidth + x] = labels[(y + minY) * width + x + minX] == index }
        }
        let peak = DistanceTransformL1.firstMaximum(mask: mask, height: windowHeight, width: windowWidth)
        return (peak.x + minX, peak.y + minY)
    }

    // MARK: - Bounding boxes

    /// The bounding box of every index 0…`count` (index 0, the background, included).
    ///
    /// - Parameter instances: The map.
    /// - Returns: `count + 1` boxes; an index that labels no pixel has an empty box.
    /// - Throws: `InputError` for an index outside 0…`count`.
    static func boundingBoxes(of instances: InstanceMap) throws -> [BoundingBox] {
        var boxes = [BoundingBox](repeating: BoundingBox(), count: instances.count + 1)
        let limit = Int32(clamping: instances.count)
        for y in 0..<instances.height {
            let row = y * instances.width
            for x in 0..<instances.width {
                let index = instances.indices[row + x]
                guard index >= 0, index <= limit else {
                    throw InputError("instance index \(index) at row \(y), column \(x) is outside 0…\(limit)")
                }
                boxes[Int(index)].include(x: x, y: y)
            }
        }
        return boxes
    }
}
