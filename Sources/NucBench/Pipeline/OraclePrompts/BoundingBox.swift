/// The smallest pixel rectangle holding an instance, grown one pixel at a time.
struct BoundingBox {
    /// First column, `Int.max` while empty.
    private(set) var minX = Int.max
    /// First row, `Int.max` while empty.
    private(set) var minY = Int.max
    /// Last column, `Int.min` while empty.
    private(set) var maxX = Int.min
    /// Last row, `Int.min` while empty.
    private(set) var maxY = Int.min

    /// Whether no pixel was included.
    var isEmpty: Bool { maxX < minX }
    /// Columns spanned.
    var width: Int { maxX - minX + 1 }
    /// Rows spanned.
    var height: Int { maxY - minY + 1 }

    /// Grows the box to hold pixel (x, y).
    ///
    /// - Parameters:
    ///   - x: Column.
    ///   - y: Row.
    mutating func include(x: Int, y: Int) {
        minX = min(minX, x)
        maxX = max(maxX, x)
        minY = min(minY, y)
        maxY = max(maxY, y)
    }
}
