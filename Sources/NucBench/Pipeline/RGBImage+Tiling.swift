import NucCore

extension RGBImage {
    /// A `side × side` window of the image.
    ///
    /// - Parameters:
    ///   - x: The window's left column.
    ///   - y: The window's top row.
    ///   - side: The window's side.
    /// - Returns: The window's pixels.
    /// - Throws: `InputError` when the window leaves the image.
    func window(x: Int, y: Int, side: Int) throws -> RGBImage {
        guard x >= 0, y >= 0, x + side <= width, y + side <= height else {
            throw InputError("a \(side)×\(side) tile at (\(x), \(y)) leaves the \(width)×\(height) image")
        }
        var samples: [UInt8] = []
        samples.reserveCapacity(side * side * 3)
        for row in y..<(y + side) {
            let start = (row * width + x) * 3
            samples.append(contentsOf: self.samples[start..<(start + side * 3)])
        }
        return RGBImage(height: side, width: side, samples: samples)
    }

    /// The image reflect-101 padded at the bottom and right to a multiple of `multiple`, as
    /// albumentations 1.x `PadIfNeeded(position='top_left')` with `cv2.BORDER_REFLECT_101` pads it
    /// (spec promptnucseg.md §4.1: Kumar-B's segmentor input, 1000 → 1008).
    ///
    /// - Parameter multiple: The size multiple, ≥ 1.
    /// - Returns: The padded image (the image itself when no padding is needed).
    public func reflectPadded(toMultipleOf multiple: Int) -> RGBImage {
        precondition(multiple >= 1, "the multiple must be positive")
        let paddedWidth = (width + multiple - 1) / multiple * multiple
        let paddedHeight = (height + multiple - 1) / multiple * multiple
        guard paddedWidth != width || paddedHeight != height, width > 0, height > 0 else { return self }
        var samples: [UInt8] = []
        samples.reserveCapacity(paddedWidth * paddedHeight * 3)
        for row in 0..<paddedHeight {
            let sourceRow = Self.reflect101(row, count: height)
            for column in 0..<paddedWidth {
                let start = (sourceRow * width + Self.reflect101(column, count: width)) * 3
                samples.append(contentsOf: self.samples[start..<(start + 3)])
            }
        }
        return RGBImage(height: paddedHeight, width: paddedWidth, samples: samples)
    }

    /// The source index of position `index` under reflect-101 (`dcb|abcd|cba`) for `count` samples.
    private static func reflect101(_ index: Int, count: Int) -> Int {
        guard count > 1 else { return 0 }
        let period = 2 * (count - 1)
        let folded = index % period
        return folded < count ? folded : period - folded
    }
}
