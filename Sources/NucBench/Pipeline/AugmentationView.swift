import NucCore
import NucEngine

/// One of the six test-time-augmentation views of a square tile.
///
/// ref: PromptNucSeg fce0290 `segmentor/utils.py: inference` (`tta`); spec promptnucseg.md §4.5.
/// Rotations are `torch.rot90(image, k, [H, W])` (counter-clockwise on screen), so a pixel (x, y)
/// of a 256 tile lands at (y, 255 − x) for k = 1.
public enum AugmentationView: Int, Hashable, Sendable, CaseIterable {
    /// The tile itself.
    case identity
    /// Mirrored left–right.
    case horizontalFlip
    /// Mirrored top–bottom.
    case verticalFlip
    /// `rot90` once.
    case rotation90
    /// `rot90` twice.
    case rotation180
    /// `rot90` three times.
    case rotation270

    /// How prompt points are moved into a rotated view.
    public enum PointMapping: Sendable, Equatable {
        /// The exact pixel mapping: (y, 255 − x), (255 − x, 255 − y), (255 − y, x).
        case exact
        /// The reference's rotation about (128, 128): (y, 256 − x), (256 − x, 256 − y),
        /// (256 − y, x) — one pixel off.
        case reference
    }

    /// The view's source pixel for destination (row, column) in a `side × side` plane.
    private func source(row: Int, column: Int, side: Int) -> (row: Int, column: Int) {
        let last = side - 1
        switch self {
        case .identity: return (row, column)
        case .horizontalFlip: return (row, last - column)
        case .verticalFlip: return (last - row, column)
        case .rotation90: return (column, last - row)
        case .rotation180: return (last - row, last - column)
        case .rotation270: return (last - column, row)
        }
    }

    /// The view that undoes this one.
    private var inverse: AugmentationView {
        switch self {
        case .rotation90: return .rotation270
        case .rotation270: return .rotation90
        default: return self
        }
    }

    /// The tile as this view sees it.
    ///
    /// - Parameter tile: A square RGB tile.
    /// - Returns: The flipped or rotated tile.
    func apply(to tile: RGBImage) -> RGBImage {
        let side = tile.width
        var samples = [UInt8](repeating: 0, count: tile.samples.count)
        for row in 0..<side {
            for column in 0..<side {
                let from = source(row: row, column: column, side: side)
                let source = (from.row * side + from.column) * 3
                let target = (row * side + column) * 3
                for channel in 0..<3 { samples[target + channel] = tile.samples[source + channel] }
            }
        }
        return RGBImage(height: side, width: side, samples: samples)
    }

    /// A prompt point moved into this view.
    ///
    /// - Parameters:
    ///   - point: The point in tile coordinates.
    ///   - side: The tile side (256).
    ///   - mapping: Exact or the reference's rotation offsets.
    /// - Returns: The point in the view's coordinates, label unchanged.
    func apply(to point: PromptPoint, side: Int, mapping: PointMapping) -> PromptPoint {
        let last = Double(side - 1)
        let far = mapping == .exact ? last : Double(side)
        let (x, y) = (point.point.x, point.point.y)
        let moved: (Double, Double)
        switch self {
        case .identity: moved = (x, y)
        case .horizontalFlip: moved = (last - x, y)
        case .verticalFlip: moved = (x, last - y)
        case .rotation90: moved = (y, far - x)
        case .rotation180: moved = (far - x, far - y)
        case .rotation270: moved = (far - y, x)
        }
        return PromptPoint(x: moved.0, y: moved.1, label: point.label)
    }

    /// Logit planes seen through this view, mapped back to the tile's frame.
    ///
    /// - Parameters:
    ///   - logits: N planes of `side × side`, row-major.
    ///   - side: The plane side.
    /// - Returns: The planes in the tile's frame.
    func restore(_ logits: [Float], side: Int) -> [Float] {
        guard self != .identity else { return logits }
        let plane = side * side
        var restored = [Float](repeating: 0, count: logits.count)
        let undo = inverse
        for base in stride(from: 0, to: logits.count, by: plane) {
            for row in 0..<side {
                for column in 0..<side {
                    let from = undo.source(row: row, column: column, side: side)
                    restored[base + row * side + column] = logits[base + from.row * side + from.column]
                }
            }
        }
        return restored
    }
}
