/// A binary mask stored over its bounding box, in image coordinates.
///
/// The box may reach past the image (a Kumar-B tile over reflect padding); painting clips it, as
/// the reference's `uncrop_masks` with a negative pad does.
public struct RegionMask: Sendable, Equatable {
    /// The mask's box in image coordinates; nil for an empty mask.
    public let box: MaskBox?
    /// The pixels inside `box`, row-major.
    let pixels: [Bool]

    /// Cuts a mask out of one tile's logit plane.
    ///
    /// - Parameters:
    ///   - logits: The tile's plane of `side × side` logits; a pixel is in the mask when > 0.
    ///   - side: The plane's side.
    ///   - x: The tile's left column in the image.
    ///   - y: The tile's top row in the image.
    init(logits: ArraySlice<Float>, side: Int, x: Int, y: Int) {
        guard let local = MaskBox.bounding(logits: logits, side: side) else {
            box = nil
            pixels = []
            return
        }
        var pixels: [Bool] = []
        pixels.reserveCapacity((local.x2 - local.x1 + 1) * (local.y2 - local.y1 + 1))
        for row in local.y1...local.y2 {
            let start = logits.startIndex + row * side
            for column in local.x1...local.x2 { pixels.append(logits[start + column] > 0) }
        }
        self.box = local.offset(x: x, y: y)
        self.pixels = pixels
    }

    /// The box the reference computes: the extents, or (x, y, x, y) — the tile origin — for an empty
    /// mask, whose tile-local box (0, 0, 0, 0) is moved by the tile origin.
    ///
    /// - Parameters:
    ///   - x: The tile's left column.
    ///   - y: The tile's top row.
    /// - Returns: The reference box in image coordinates.
    func referenceBox(tileX x: Int, tileY y: Int) -> MaskBox {
        box ?? MaskBox(x1: x, y1: y, x2: x, y2: y)
    }

    /// Sets `value` on the mask's pixels of a row-major map, clipped to the map.
    ///
    /// - Parameters:
    ///   - value: The value to write.
    ///   - map: The map, `width × height`.
    ///   - width: The map's width.
    ///   - height: The map's height.
    func paint<Value>(_ value: Value, into map: inout [Value], width: Int, height: Int) {
        guard let box else { return }
        let boxWidth = box.x2 - box.x1 + 1
        let top = max(box.y1, 0)
        let bottom = min(box.y2 + 1, height)
        let left = max(box.x1, 0)
        let right = min(box.x2 + 1, width)
        guard top < bottom, left < right else { return }
        for row in top..<bottom {
            for column in left..<right where pixels[(row - box.y1) * boxWidth + column - box.x1] {
                map[row * width + column] = value
            }
        }
    }
}
