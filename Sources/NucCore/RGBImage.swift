/// An 8-bit RGB image: the H&E tile a model sees.
///
/// Samples are row-major and interleaved, `R G B` for pixel (0, 0), then pixel (0, 1), so
/// the sample of channel `c` at row `y`, column `x` is `samples[(y * width + x) * 3 + c]`,
/// the layout of a NumPy `(H, W, 3)` `uint8` array in C order.
public struct RGBImage: Sendable, Equatable {
    /// Number of rows.
    public let height: Int
    /// Number of columns.
    public let width: Int
    /// Row-major interleaved RGB samples; `height × width × 3` of them.
    public let samples: [UInt8]

    /// Creates an image from interleaved samples.
    ///
    /// - Parameters:
    ///   - height: Rows.
    ///   - width: Columns.
    ///   - samples: Row-major `R G B` triples; there must be `height × width × 3` of them.
    public init(height: Int, width: Int, samples: [UInt8]) {
        precondition(height >= 0 && width >= 0, "dimensions must be non-negative")
        precondition(samples.count == height * width * 3, "samples must hold height × width × 3 values")
        self.height = height
        self.width = width
        self.samples = samples
    }
}
