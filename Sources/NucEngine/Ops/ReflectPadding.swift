/// Reflect-101 padding of the last two axes, as PyTorch's `F.pad(x, (left, right, top, bottom),
/// mode="reflect")` and OpenCV's `BORDER_REFLECT_101`: the edge pixel is not repeated
/// (`… c b | a b c d | c b …`).
///
/// PromptNucSeg pads the prompter input at the bottom and right to a multiple of the anchor
/// spacing this way (and the Kumar ViT-B segmentor input to a multiple of 16).
public enum ReflectPadding {
    /// Pads the last two axes of `x`.
    ///
    /// - Parameters:
    ///   - x: A tensor `[..., H, W]`.
    ///   - top: Rows added above (< H).
    ///   - bottom: Rows added below (< H).
    ///   - left: Columns added on the left (< W).
    ///   - right: Columns added on the right (< W).
    /// - Returns: The tensor `[..., H + top + bottom, W + left + right]`.
    /// - Throws: `InputError` if a pad is negative or not smaller than its axis (reflection would
    ///   run past the opposite edge; PyTorch refuses it too).
    public static func pad(_ x: Tensor, top: Int, bottom: Int, left: Int, right: Int) throws(InputError) -> Tensor {
        guard x.rank >= 2 else { throw InputError("reflect padding needs a tensor [..., H, W], got shape \(x.shape)") }
        let (height, width) = (x.shape[x.rank - 2], x.shape[x.rank - 1])
        guard min(top, bottom, left, right) >= 0, max(top, bottom) < height, max(left, right) < width else {
            throw InputError(
                "reflect padding (top \(top), bottom \(bottom), left \(left), right \(right)) "
                    + "needs each pad smaller than the \(height)×\(width) plane")
        }
        let rows = (-top..<(height + bottom)).map { reflected($0, extent: height) }
        let columns = (-left..<(width + right)).map { reflected($0, extent: width) }
        let planes = x.count / (height * width)
        var output = [Float](repeating: 0, count: planes * rows.count * columns.count)
        x.elements.withUnsafeBufferPointer { source in
            output.withUnsafeMutableBufferPointer { result in
                var index = 0
                for plane in 0..<planes {
                    for row in rows {
                        let start = (plane * height + row) * width
                        for column in columns {
                            result[index] = source[start + column]
                            index += 1
                        }
                    }
                }
            }
        }
        return Tensor(shape: Array(x.shape.dropLast(2)) + [rows.count, columns.count], elements: output)
    }

    /// Pads at the bottom and right up to the next multiples of `multiple` (nothing if already one).
    ///
    /// - Parameters:
    ///   - x: A tensor `[..., H, W]`.
    ///   - multiple: The size the padded extents must be divisible by (≥ 1).
    /// - Returns: The tensor `[..., ⌈H/m⌉·m, ⌈W/m⌉·m]`.
    /// - Throws: `InputError` if a needed pad is not smaller than its axis.
    public static func padToMultiple(_ x: Tensor, of multiple: Int) throws(InputError) -> Tensor {
        precondition(multiple >= 1, "padding multiple \(multiple)")
        guard x.rank >= 2 else { throw InputError("reflect padding needs a tensor [..., H, W], got shape \(x.shape)") }
        let (height, width) = (x.shape[x.rank - 2], x.shape[x.rank - 1])
        return try pad(
            x, top: 0, bottom: (multiple - height % multiple) % multiple, left: 0,
            right: (multiple - width % multiple) % multiple)
    }

    /// The source index of padded position `index` on an axis of `extent` (reflect-101).
    private static func reflected(_ index: Int, extent: Int) -> Int {
        if index < 0 { return -index }
        if index >= extent { return 2 * (extent - 1) - index }
        return index
    }
}
