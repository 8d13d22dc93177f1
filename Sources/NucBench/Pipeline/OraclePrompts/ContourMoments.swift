/// The zeroth and first spatial moments of a contour polygon, computed as OpenCV's
/// `cv::moments` computes them for a point set (`contourMoments`).
///
/// Green's theorem over the closed polygon, accumulated in `double`: with
/// d = xᵢ₋₁·yᵢ − xᵢ·yᵢ₋₁, a₀₀ = Σd, a₁₀ = Σd·(xᵢ₋₁ + xᵢ), a₀₁ = Σd·(yᵢ₋₁ + yᵢ), starting from the
/// last vertex. When |a₀₀| > `FLT_EPSILON` the moments are m₀₀ = a₀₀·(±1/2), m₁₀ = a₁₀·(±1/6),
/// m₀₁ = a₀₁·(±1/6), the sign being that of a₀₀; otherwise all are 0. With integer vertices the
/// sums are exact, and the two multiplications and the later division round exactly as OpenCV's.
///
/// Reference: OpenCV 4.8.1 `modules/imgproc/src/moments.cpp`, `contourMoments`.
package struct ContourMoments: Equatable, Sendable {
    /// Signed area with the sign removed (OpenCV's `m00`), 0 for a degenerate polygon.
    package let m00: Double
    /// First moment in x (`m10`).
    package let m10: Double
    /// First moment in y (`m01`).
    package let m01: Double

    /// Computes the moments of a polygon.
    ///
    /// - Parameter vertices: The closed polygon's vertices; the last joins the first.
    package init(vertices: [Contour.Vertex]) {
        guard let last = vertices.last else {
            (m00, m10, m01) = (0, 0, 0)
            return
        }
        var a00 = 0.0
        var a10 = 0.0
        var a01 = 0.0
        var previousX = Double(last.x)
        var previousY = Double(last.y)
        for vertex in vertices {
            let x = Double(vertex.x)
            let y = Double(vertex.y)
            let cross = previousX * y - x * previousY
            a00 += cross
            a10 += cross * (previousX + x)
            a01 += cross * (previousY + y)
            previousX = x
            previousY = y
        }
        guard abs(a00) > Double(Float.ulpOfOne) else {
            (m00, m10, m01) = (0, 0, 0)
            return
        }
        let half = a00 > 0 ? 0.5 : -0.5
        let sixth = a00 > 0 ? 0.16666666666666666666666666666667 : -0.16666666666666666666666666666667
        m00 = a00 * half
        m10 = a10 * sixth
        m01 = a01 * sixth
    }

    /// The unsigned polygon area, as `cv2.contourArea(contour)` returns it.
    ///
    /// OpenCV sums (double)xᵢ₋₁·yᵢ − (double)yᵢ₋₁·xᵢ from the last vertex, halves the sum and takes
    /// the absolute value; for integer vertices that is exact.
    ///
    /// - Parameter vertices: The closed polygon's vertices.
    /// - Returns: The area in square pixels.
    package static func area(of vertices: [Contour.Vertex]) -> Double {
        guard let last = vertices.last else { return 0 }
        var a00 = 0.0
        var previous = last
        for vertex in vertices {
            a00 += Double(previous.x) * Double(vertex.y) - Double(previous.y) * Double(vertex.x)
            previous = vertex
        }
        return abs(a00 * 0.5)
    }
}
