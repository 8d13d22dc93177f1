/// A binary mask with a one-pixel zero frame, as OpenCV's `findContours` pads its input.
///
/// Pixels are 0 (background) or 1 (foreground) until border following marks them.
struct PaddedRaster {
    /// Rows of the mask, frame excluded.
    let height: Int
    /// Columns of the mask, frame excluded.
    let width: Int
    /// Image column of the mask's first column.
    let originX: Int
    /// Image row of the mask's first row.
    let originY: Int
    /// Padded row length: `width + 2`.
    var stride: Int { width + 2 }
    /// Row-major padded pixels, `(height + 2) × (width + 2)`.
    var pixels: [Int8]

    /// Creates an all-background raster.
    ///
    /// - Parameters:
    ///   - height: Mask rows.
    ///   - width: Mask columns.
    ///   - originX: Image column of the mask's first column.
    ///   - originY: Image row of the mask's first row.
    init(height: Int, width: Int, originX: Int, originY: Int) {
        self.height = height
        self.width = width
        self.originX = originX
        self.originY = originY
        pixels = [Int8](repeating: 0, count: (height + 2) * (width + 2))
    }

    /// Sets every mask pixel for which `isForeground(x, y)` holds (mask coordinates) to 1.
    ///
    /// - Parameter isForeground: Whether mask pixel (x, y) is foreground.
    mutating func fill(_ isForeground: (Int, Int) -> Bool) {
        let stride = stride
        for y in 0..<height {
            let row = (y + 1) * stride + 1
            for x in 0..<width where isForeground(x, y) { pixels[row + x] = 1 }
        }
    }
}
