/// A mutable RGB raster that overlays are drawn on; every drawing call clips to its bounds.
struct OverlayCanvas {
    /// A centroid marker shape.
    enum Marker {
        /// `+`, arms of 3 pixels: ground-truth centroids.
        case plus
        /// `×`, diagonal arms of 2 pixels: predicted centroids.
        case cross
    }

    /// Columns.
    let width: Int
    /// Rows.
    let height: Int
    /// Row-major interleaved RGB samples.
    private(set) var samples: [UInt8]

    /// Creates a canvas filled with one colour.
    ///
    /// - Parameters:
    ///   - width: Columns.
    ///   - height: Rows.
    ///   - colour: The fill.
    init(width: Int, height: Int, colour: OverlayColour) {
        self.width = width
        self.height = height
        samples = [UInt8](repeating: 0, count: width * height * 3)
        fill(x: 0, y: 0, width: width, height: height, colour: colour)
    }

    /// The canvas as an image.
    var image: RGBImage { RGBImage(height: height, width: width, samples: samples) }

    /// Copies an image with its top-left corner at the canvas's.
    ///
    /// - Parameter image: The image; it must fit the canvas.
    mutating func paste(_ image: RGBImage) {
        let rowBytes = image.width * 3
        for row in 0..<min(image.height, height) {
            let source = row * rowBytes
            let target = row * width * 3
            samples.replaceSubrange(target..<(target + rowBytes), with: image.samples[source..<(source + rowBytes)])
        }
    }

    /// Sets one pixel if it lies on the canvas.
    ///
    /// - Parameters:
    ///   - x: Column.
    ///   - y: Row.
    ///   - colour: The colour.
    mutating func set(x: Int, y: Int, colour: OverlayColour) {
        guard (0..<width).contains(x), (0..<height).contains(y) else { return }
        let offset = (y * width + x) * 3
        samples[offset] = colour.red
        samples[offset + 1] = colour.green
        samples[offset + 2] = colour.blue
    }

    /// Fills a rectangle.
    ///
    /// - Parameters:
    ///   - x: Left column.
    ///   - y: Top row.
    ///   - width: Columns.
    ///   - height: Rows.
    ///   - colour: The colour.
    mutating func fill(x: Int, y: Int, width: Int, height: Int, colour: OverlayColour) {
        for row in y..<(y + max(0, height)) {
            for column in x..<(x + max(0, width)) { set(x: column, y: row, colour: colour) }
        }
    }

    /// Draws a centroid marker centred on a pixel.
    ///
    /// - Parameters:
    ///   - marker: The shape.
    ///   - x: Centre column.
    ///   - y: Centre row.
    ///   - colour: The colour.
    mutating func draw(_ marker: Marker, x: Int, y: Int, colour: OverlayColour) {
        switch marker {
        case .plus:
            for offset in -3...3 {
                set(x: x + offset, y: y, colour: colour)
                set(x: x, y: y + offset, colour: colour)
            }
        case .cross:
            for offset in -2...2 {
                set(x: x + offset, y: y + offset, colour: colour)
                set(x: x + offset, y: y - offset, colour: colour)
            }
        }
    }

    /// Draws text in the 5 × 7 bitmap font, top-left corner at (`x`, `y`).
    ///
    /// - Parameters:
    ///   - text: The text.
    ///   - x: Left column.
    ///   - y: Top row.
    ///   - colour: The glyph colour (the background is left as it is).
    mutating func draw(_ text: String, x: Int, y: Int, colour: OverlayColour) {
        for (slot, character) in text.enumerated() {
            let left = x + slot * BitmapFont.advance
            for (row, bits) in BitmapFont.rows(of: character).enumerated() {
                for column in 0..<BitmapFont.glyphWidth where bits & (0b10000 >> column) != 0 {
                    set(x: left + column, y: y + row, colour: colour)
                }
            }
        }
    }
}
