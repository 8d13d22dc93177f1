import NucBench

/// Dark discs on a pink background with their exact instance map, for end-to-end test data sets.
enum DiscImage {
    /// Paints the discs; a later disc overwrites an earlier one where they overlap.
    ///
    /// - Parameters:
    ///   - width: Columns.
    ///   - height: Rows.
    ///   - discs: Centres and radii; disc `i` is instance `i + 1`.
    /// - Returns: The RGB image and its row-major instance map.
    static func render(width: Int, height: Int, discs: [(x: Int, y: Int, radius: Int)]) -> (
        image: RGBImage, labels: [Int32]
    ) {
        var samples = [UInt8](repeating: 0, count: width * height * 3)
        var labels = [Int32](repeating: 0, count: width * height)
        for y in 0..<height {
            for x in 0..<width {
                var id = 0
                for (index, disc) in discs.enumerated() {
                    let dx = x - disc.x
                    let dy = y - disc.y
                    if dx * dx + dy * dy <= disc.radius * disc.radius { id = index + 1 }
                }
                labels[y * width + x] = Int32(id)
                let colour: [UInt8] = id == 0 ? [226, UInt8(188 + x % 9), 214] : [84, UInt8(50 + y % 6), 128]
                for c in 0..<3 { samples[(y * width + x) * 3 + c] = colour[c] }
            }
        }
        return (RGBImage(height: height, width: width, samples: samples), labels)
    }
}
