/// The sliding-window tiles PromptNucSeg evaluates large images with.
///
/// ref: PromptNucSeg fce0290 `segmentor/utils.py` `crop_with_overlap`; spec promptnucseg.md §4.3.
/// Per axis the offsets are 0, then 192k while 192k + 256 < size, then size − 256 (unless the size
/// is 256), where 192 = 256 − overlap. Tiles run rows outer, columns inner.
public struct TileGrid: Sendable, Equatable {
    /// The tile side (the segmentor's input size).
    public static let side = 256

    /// One tile: its box `[x0, x1) × [y0, y1)` in image pixels.
    public struct Tile: Sendable, Equatable {
        /// Left column.
        public var x0: Int
        /// Top row.
        public var y0: Int
        /// One past the right column.
        public var x1: Int
        /// One past the bottom row.
        public var y1: Int

        /// Whether a point lies in the tile, half-open as the reference's prompt assignment.
        ///
        /// - Parameters:
        ///   - x: Column coordinate.
        ///   - y: Row coordinate.
        /// - Returns: `x0 ≤ x < x1` and `y0 ≤ y < y1`.
        public func contains(x: Double, y: Double) -> Bool {
            Double(x0) <= x && x < Double(x1) && Double(y0) <= y && y < Double(y1)
        }
    }

    /// The tiles, rows outer and columns inner.
    public let tiles: [Tile]

    /// Lays tiles over an image.
    ///
    /// - Parameters:
    ///   - width: The (padded) image width, ≥ 256.
    ///   - height: The (padded) image height, ≥ 256.
    ///   - overlap: ε, the overlap between neighbouring tiles (the reference's `--overlap`, 64).
    /// - Throws: `InputError` when the image is smaller than a tile or the overlap is not in 0..<256.
    public init(width: Int, height: Int, overlap: Int = 64) throws {
        guard width >= Self.side, height >= Self.side else {
            throw InputError("image is \(width)×\(height); tiled segmentation needs at least 256×256")
        }
        guard (0..<Self.side).contains(overlap) else {
            throw InputError("tile overlap \(overlap) must be in 0…255")
        }
        let columns = Self.offsets(size: width, overlap: overlap)
        let rows = Self.offsets(size: height, overlap: overlap)
        tiles = rows.flatMap { y in
            columns.map { x in Tile(x0: x, y0: y, x1: min(x + Self.side, width), y1: min(y + Self.side, height)) }
        }
    }

    /// The tile start offsets along one axis (`start_points`).
    ///
    /// - Parameters:
    ///   - size: The axis length, ≥ 256.
    ///   - overlap: ε in 0..<256.
    /// - Returns: The offsets, ascending.
    public static func offsets(size: Int, overlap: Int) -> [Int] {
        var points = [0]
        let stride = side - overlap
        var counter = 1
        while true {
            let point = stride * counter
            if point + side >= size {
                if size != side { points.append(size - side) }
                return points
            }
            points.append(point)
            counter += 1
        }
    }
}
