extension MoNuSegAnnotation {
    // MARK: - Rasterisation

    /// The pixel coordinate of a vertex coordinate, rounded as HoVer-Net rounds it.
    ///
    /// HoVer-Net computes `(np.array(vertices) + 0.5).astype('int32')`: `x + 0.5` truncated
    /// toward zero, so −0.7 gives 0, not −1 as `floor(x + 0.5)` would.
    ///
    /// - Parameter coordinate: A finite coordinate within ±`maximumCoordinate`.
    /// - Returns: The pixel coordinate.
    public static func pixelCoordinate(_ coordinate: Double) -> Int {
        Int((coordinate + 0.5).rounded(.towardZero))
    }

    /// Paints the regions into an instance map.
    ///
    /// Each region's vertices are rounded with `pixelCoordinate(_:)` and its polygon filled
    /// as OpenCV's `fillPoly` / `drawContours(…, thickness=-1)` with `LINE_8` fills it: the
    /// 8-connected outline plus the pixel centres inside (`PolygonRasterizer`). Regions are
    /// then painted in `order`, later ones overwriting earlier ones. With the defaults this
    /// follows HoVer-Net's Kumar conversion (vqdang/hover_net `misc/proc_kumar_ann.py` at
    /// 4bf000f, OpenCV 3.2) pixel for pixel, except that its instance numbers are paint
    /// positions (`numbering: .paintOrder` gives those) and that regions with fewer than
    /// three vertices, which it draws as lines or dots, are skipped.
    ///
    /// - Parameters:
    ///   - height: Image rows; 1000 for MoNuSeg.
    ///   - width: Image columns; 1000 for MoNuSeg.
    ///   - order: Which regions end on top where they overlap.
    ///   - numbering: How the visible regions are numbered.
    ///   - fill: Which OpenCV revision's fill to reproduce at the image border.
    /// - Returns: The instance map, whose `ids` are region numbers (or paint positions), and
    ///   a report of areas, overlaps, hidden and skipped regions and clipped vertices.
    /// - Complexity: O(pixels + Σ region area + n² bounding-box tests) for n regions.
    public func rasterize(
        height: Int = 1000, width: Int = 1000, order: PaintOrder = .hoverNetKumar,
        numbering: InstanceNumbering = .regionOrder, fill: PolygonFill = .openCV3
    ) -> (instances: InstanceMap, report: RasterizationReport) {
        precondition(height >= 0 && width >= 0, "image size must be non-negative")
        let rasterizer = PolygonRasterizer(height: height, width: width, fill: fill)
        let vertices = regions.map { polygon in
            polygon.map { PolygonRasterizer.Vertex(x: Self.pixelCoordinate($0.x), y: Self.pixelCoordinate($0.y)) }
        }
        let masks = vertices.map { rasterizer.pixels(of: $0) }
        let sequence = paintSequence(order, areas: masks.map(\.count))
        var owner = [Int](repeating: -1, count: height * width)
        for region in sequence {
            for pixel in masks[region] { owner[pixel] = region }
        }
        var visible = [Int](repeating: 0, count: regions.count)
        for region in owner where region >= 0 { visible[region] += 1 }
        let labels: [Int]
        switch numbering {
        case .regionOrder:
            labels = regionNumbers
        case .paintOrder:
            var positions = [Int](repeating: 0, count: regions.count)
            for (position, region) in sequence.enumerated() { positions[region] = position + 1 }
            labels = positions
        }
        let shown = regions.indices.filter { visible[$0] > 0 }.sorted { labels[$0] < labels[$1] }
        var rank = [Int32](repeating: 0, count: regions.count)
        for (position, region) in shown.enumerated() { rank[region] = Int32(position + 1) }
        let instances = InstanceMap(
            height: height, width: width, indices: owner.map { $0 < 0 ? 0 : rank[$0] },
            ids: shown.map { Int64(labels[$0]) }, hasBackground: owner.contains(-1))
        let statistics = regions.indices.map { region in
            RasterizationReport.Region(
                number: regionNumbers[region], area: masks[region].count, visiblePixels: visible[region],
                clippedVertices: vertices[region].filter { !rasterizer.contains($0) }.count)
        }
        let report = RasterizationReport(
            regions: statistics, overlaps: overlaps(of: masks, width: width), skippedRegions: skippedRegions)
        return (instances, report)
    }

    // MARK: - Order and overlaps

    /// Region indices in the order they are painted.
    private func paintSequence(_ order: PaintOrder, areas: [Int]) -> [Int] {
        let key: (Int) -> Int
        switch order {
        case .fileOrder: return Array(regions.indices)
        case .largerOnTop: key = { areas[$0] }
        case .hoverNetKumar: key = { areas[$0] * min(regionNumbers[$0], 255) }
        }
        return regions.indices.sorted { (key($0), $0) < (key($1), $1) }
    }

    /// Every pair of regions whose pixel sets intersect, with the size of the intersection.
    private func overlaps(of masks: [[Int]], width: Int) -> [RasterizationReport.Overlap] {
        let boxes = masks.map { pixels -> (rows: ClosedRange<Int>, columns: ClosedRange<Int>)? in
            guard let first = pixels.first, let last = pixels.last else { return nil }
            let columns = pixels.map { $0 % width }
            return (first / width...last / width, (columns.min() ?? 0)...(columns.max() ?? 0))
        }
        var result: [RasterizationReport.Overlap] = []
        for first in masks.indices {
            guard let box = boxes[first] else { continue }
            for second in masks.indices.dropFirst(first + 1) {
                guard let other = boxes[second], box.rows.overlaps(other.rows), box.columns.overlaps(other.columns)
                else { continue }
                let shared = Self.intersectionCount(masks[first], masks[second])
                if shared > 0 {
                    result.append(.init(first: regionNumbers[first], second: regionNumbers[second], pixels: shared))
                }
            }
        }
        return result
    }

    /// The number of values two sorted arrays share.
    private static func intersectionCount(_ first: [Int], _ second: [Int]) -> Int {
        var (i, j, count) = (0, 0, 0)
        while i < first.count, j < second.count {
            if first[i] == second[j] {
                count += 1
                i += 1
                j += 1
            } else if first[i] < second[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return count
    }
}
