/// One border of a binary mask as OpenCV's `findContours` returns it: the vertices of a closed
/// polygon through pixel centres.
///
/// With `CHAIN_APPROX_SIMPLE` a vertex is kept only where the chain code changes direction,
/// so straight runs collapse to their end points. A one-pixel component is a single vertex;
/// a one-pixel-wide line is traced out and back, so its polygon encloses no area.
package struct Contour: Equatable, Sendable {
    /// Vertices in tracing order, in image coordinates.
    package var vertices: [Vertex]
    /// Whether this is the border of a hole (OpenCV's `CV_SEQ_FLAG_HOLE`) rather than an outer border.
    package var isHole: Bool

    /// A polygon vertex: a pixel centre.
    package struct Vertex: Hashable, Sendable {
        /// Column.
        package var x: Int
        /// Row.
        package var y: Int

        /// Creates a vertex.
        ///
        /// - Parameters:
        ///   - x: Column.
        ///   - y: Row.
        package init(x: Int, y: Int) {
            self.x = x
            self.y = y
        }
    }

    /// Creates a contour.
    ///
    /// - Parameters:
    ///   - vertices: Vertices in tracing order.
    ///   - isHole: Whether it bounds a hole.
    package init(vertices: [Vertex], isHole: Bool) {
        self.vertices = vertices
        self.isHole = isHole
    }
}
