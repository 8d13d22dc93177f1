import NucCore

/// Smooth random texture: random values on a grid, interpolated with a smoothstep; unequal
/// row and column spacings give streaks, like collagen fibres.
struct ValueNoise: Sendable {
    private let rowSpacing: Double
    private let columnSpacing: Double
    private let columns: Int
    private let values: [Double]

    /// Draws a grid covering `height × width` pixels.
    ///
    /// - Parameters:
    ///   - height: Rows to cover.
    ///   - width: Columns to cover.
    ///   - rowSpacing: Pixels between grid rows; larger is smoother.
    ///   - columnSpacing: Pixels between grid columns.
    ///   - random: The generator.
    init(height: Int, width: Int, rowSpacing: Double, columnSpacing: Double, random: inout SplitMix64) {
        self.rowSpacing = rowSpacing
        self.columnSpacing = columnSpacing
        columns = Int(Double(width) / columnSpacing) + 2
        let rows = Int(Double(height) / rowSpacing) + 2
        values = (0..<(rows * columns)).map { _ in random.unit() }
    }

    /// The texture at a pixel, in [0, 1].
    ///
    /// - Parameters:
    ///   - row: The row.
    ///   - column: The column.
    /// - Returns: The interpolated value.
    func value(row: Int, column: Int) -> Double {
        let (y, x) = (Double(row) / rowSpacing, Double(column) / columnSpacing)
        let (top, left) = (Int(y), Int(x))
        let (fy, fx) = (y - Double(top), x - Double(left))
        let (sy, sx) = (fy * fy * (3 - 2 * fy), fx * fx * (3 - 2 * fx))
        let corner = { (r: Int, c: Int) in values[r * columns + c] }
        let upper = corner(top, left) * (1 - sx) + corner(top, left + 1) * sx
        let lower = corner(top + 1, left) * (1 - sx) + corner(top + 1, left + 1) * sx
        return upper * (1 - sy) + lower * sy
    }
}
