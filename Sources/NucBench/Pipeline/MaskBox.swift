/// A mask's bounding box as SAM's `batched_mask_to_box` gives it: inclusive pixel extents, and
/// (0, 0, 0, 0) for an empty mask.
///
/// ref: segment-anything 1.0 `utils/amg.py` `batched_mask_to_box`; spec promptnucseg.md §4.2, §9.10.
public struct MaskBox: Hashable, Sendable {
    /// Leftmost column.
    public var x1: Int
    /// Top row.
    public var y1: Int
    /// Rightmost column (inclusive).
    public var x2: Int
    /// Bottom row (inclusive).
    public var y2: Int

    /// Creates a box.
    ///
    /// - Parameters:
    ///   - x1: Leftmost column.
    ///   - y1: Top row.
    ///   - x2: Rightmost column (inclusive).
    ///   - y2: Bottom row (inclusive).
    public init(x1: Int, y1: Int, x2: Int, y2: Int) {
        self.x1 = x1
        self.y1 = y1
        self.x2 = x2
        self.y2 = y2
    }

    /// The box of the pixels whose logit is > 0 in one square logit plane.
    ///
    /// - Parameters:
    ///   - logits: The mask logits, row-major.
    ///   - side: The plane's side.
    /// - Returns: The inclusive box, or nil when no logit is > 0 (whose reference box is (0,0,0,0)).
    /// - Complexity: O(side²).
    static func bounding(logits: ArraySlice<Float>, side: Int) -> MaskBox? {
        var box: MaskBox?
        let start = logits.startIndex
        for row in 0..<side {
            for column in 0..<side where logits[start + row * side + column] > 0 {
                if var found = box {
                    found.x1 = min(found.x1, column)
                    found.x2 = max(found.x2, column)
                    found.y2 = row
                    box = found
                } else {
                    box = MaskBox(x1: column, y1: row, x2: column, y2: row)
                }
            }
        }
        return box
    }

    /// The box moved by a tile's origin (`uncrop_boxes_xyxy`).
    ///
    /// - Parameters:
    ///   - x: The tile's left column.
    ///   - y: The tile's top row.
    /// - Returns: The box in image coordinates.
    func offset(x: Int, y: Int) -> MaskBox {
        MaskBox(x1: x1 + x, y1: y1 + y, x2: x2 + x, y2: y2 + y)
    }
}
