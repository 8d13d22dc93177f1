/// The pixels OpenCV's `fillPoly` (and `drawContours` with `thickness=FILLED`, `LINE_8`)
/// sets for one polygon with integer vertices.
///
/// A port of OpenCV's `modules/imgproc/src/drawing.cpp` (`CollectPolyEdges`,
/// `FillEdgeCollection`, `Line`, `LineIterator`, `clipLine`; 3.4 at 0034e7f and the ≥ 4.11
/// revision) for `shift = 0` and no offset:
/// 1. every edge `v[i-1] → v[i]`, the closing edge first, is drawn as an 8-connected line
///    (`Line` through `LineIterator`, left to right, clipped to the image by `clipLine`);
/// 2. every non-horizontal edge becomes a 16.16 fixed-point edge covering rows
///    `[min y, max y)`, with `dx = trunc(Δx·65536 / Δy)` (C integer division); with
///    `.openCV4`, an edge with an endpoint outside the image takes its start and slope from
///    the clipped line;
/// 3. on each row `y` inside the image, the active edges' `x = x₀ + (y − y₀)·dx` are sorted
///    and paired (even–odd rule), and each pair fills columns `⌈x_left⌉ … ⌊x_right⌋` clipped
///    to the image.
///
/// The union is the polygon's pixel set: interior pixel centres plus the drawn outline.
struct PolygonRasterizer {
    /// Image rows.
    let height: Int
    /// Image columns.
    let width: Int
    /// Which OpenCV revision's fill edges to build.
    var fill: PolygonFill = .openCV3

    /// One vertex in pixel units.
    struct Vertex: Equatable {
        var x: Int
        var y: Int
    }

    /// A polygon edge in 16.16 fixed point, covering rows `y0 ..< y1`.
    private struct Edge {
        let y0: Int
        let y1: Int
        let x: Int
        let dx: Int
    }

    private static let shift = 16

    /// The pixels of the filled polygon inside the image.
    ///
    /// - Parameter vertices: The polygon, closed implicitly.
    /// - Returns: Row-major pixel indices (`y · width + x`), sorted, without repeats.
    /// - Complexity: O(perimeter + filled area + rows × edges) for the rows inside the image.
    func pixels(of vertices: [Vertex]) -> [Int] {
        guard let last = vertices.last, height > 0, width > 0 else { return [] }
        var pixels: [Int] = []
        var edges: [Edge] = []
        var previous = last
        for vertex in vertices {
            var start = previous
            var end = vertex
            drawLine(from: start, to: end, into: &pixels)
            var (startY, endY) = (previous.y, vertex.y)
            if fill == .openCV4, !contains(start) || !contains(end) {
                clipLine(&start, &end)
                if start.y != end.y { (startY, endY) = (start.y, end.y) }
            }
            if previous.y != vertex.y {
                let startX = start.x << Self.shift
                let endX = end.x << Self.shift
                let dx = (endX - startX) / (endY - startY)
                if previous.y < vertex.y {
                    edges.append(Edge(y0: previous.y, y1: vertex.y, x: startX + (previous.y - startY) * dx, dx: dx))
                } else {
                    edges.append(Edge(y0: vertex.y, y1: previous.y, x: endX + (vertex.y - endY) * dx, dx: dx))
                }
            }
            previous = vertex
        }
        fill(edges, into: &pixels)
        return Array(Set(pixels)).sorted()
    }

    // MARK: - Fill

    /// `FillEdgeCollection` for the rows inside the image.
    private func fill(_ edges: [Edge], into pixels: inout [Int]) {
        guard edges.count >= 2, let top = edges.map(\.y0).min(), let bottom = edges.map(\.y1).max() else { return }
        let (firstRow, endRow) = (max(top, 0), min(bottom, height))
        guard firstRow < endRow else { return }
        let one = 1 << Self.shift
        for y in firstRow..<endRow {
            let crossings = edges.filter { $0.y0 <= y && y < $0.y1 }.map { $0.x + (y - $0.y0) * $0.dx }.sorted()
            for pair in stride(from: 0, to: crossings.count - 1, by: 2) {
                let first = max((crossings[pair] + one - 1) >> Self.shift, 0)
                let last = min(crossings[pair + 1] >> Self.shift, width - 1)
                if first <= last { pixels.append(contentsOf: (first...last).map { y * width + $0 }) }
            }
        }
    }

    // MARK: - Lines

    /// `Line(img, start, end, color, 8)`: an 8-connected Bresenham line, left to right.
    private func drawLine(from start: Vertex, to end: Vertex, into pixels: inout [Int]) {
        var (from, to) = (start, end)
        if !contains(from) || !contains(to) {
            guard clipLine(&from, &to) else { return }
        }
        if to.x < from.x { swap(&from, &to) }
        var (major, minor) = (to.x - from.x, abs(to.y - from.y))
        let stepY = to.y < from.y ? -1 : 1
        let isSteep = minor > major
        if isSteep { swap(&major, &minor) }
        var error = major - 2 * minor
        var point = from
        for _ in 0...major {
            pixels.append(point.y * width + point.x)
            let movesMinor = error < 0
            error += -2 * minor + (movesMinor ? 2 * major : 0)
            if isSteep {
                point.y += stepY
                if movesMinor { point.x += 1 }
            } else {
                point.x += 1
                if movesMinor { point.y += stepY }
            }
        }
    }

    /// `clipLine(Size2l, Point2l&, Point2l&)`: clips a segment to the image, in place.
    ///
    /// - Returns: Whether any part of the segment is inside the image.
    @discardableResult
    private func clipLine(_ first: inout Vertex, _ second: inout Vertex) -> Bool {
        let (right, bottom) = (width - 1, height - 1)
        func code(_ point: Vertex) -> Int {
            (point.x < 0 ? 1 : 0) + (point.x > right ? 2 : 0) + (point.y < 0 ? 4 : 0) + (point.y > bottom ? 8 : 0)
        }
        var (code1, code2) = (code(first), code(second))
        if code1 & code2 == 0 && code1 | code2 != 0 {
            if code1 & 12 != 0 {
                let edge = code1 < 8 ? 0 : bottom
                first.x += (edge - first.y) * (second.x - first.x) / (second.y - first.y)
                first.y = edge
                code1 = (first.x < 0 ? 1 : 0) + (first.x > right ? 2 : 0)
            }
            if code2 & 12 != 0 {
                let edge = code2 < 8 ? 0 : bottom
                second.x += (edge - second.y) * (second.x - first.x) / (second.y - first.y)
                second.y = edge
                code2 = (second.x < 0 ? 1 : 0) + (second.x > right ? 2 : 0)
            }
            if code1 & code2 == 0 && code1 | code2 != 0 {
                if code1 != 0 {
                    let edge = code1 == 1 ? 0 : right
                    first.y += (edge - first.x) * (second.y - first.y) / (second.x - first.x)
                    first.x = edge
                    code1 = 0
                }
                if code2 != 0 {
                    let edge = code2 == 1 ? 0 : right
                    second.y += (edge - second.x) * (second.y - first.y) / (second.x - first.x)
                    second.x = edge
                    code2 = 0
                }
            }
        }
        return code1 | code2 == 0
    }

    /// Whether `point` is a pixel of the image.
    func contains(_ point: Vertex) -> Bool {
        (0..<width).contains(point.x) && (0..<height).contains(point.y)
    }
}
