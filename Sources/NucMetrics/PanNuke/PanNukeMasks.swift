/// The five class channels of one PanNuke image (ground truth or prediction).
///
/// Each channel is an instance map of one `PanNukeClass`, with values as stored in the
/// file (any dtype, converted to `Double`). The channels are scanned once here; both
/// PanNuke protocols (`PanNukeImageCounts`, `CellViTPanNukeImageCounts`) then work on
/// their labelled pixels only.
public struct PanNukeMasks: Sendable, Equatable {
    /// Rows.
    public let height: Int
    /// Columns.
    public let width: Int
    /// The scanned channels, in class order.
    let channels: [SparseChannel]

    /// Scans the five class channels of an image.
    ///
    /// Values are not required to be whole numbers: `binarize` compares them as stored
    /// and the class maps truncate them to `int32`, as PanNuke-metrics does.
    ///
    /// - Parameters:
    ///   - height: Rows.
    ///   - width: Columns.
    ///   - channels: Five row-major channels of `height × width` values, in
    ///     `PanNukeClass` order (the background channel 5 is not passed).
    /// - Throws: `InputError` when there are not five channels of `height × width`
    ///   values, or a value is negative, not finite or at least 2^31.
    /// - Complexity: O(pixels) per channel, vectorised over runs of background.
    public init(height: Int, width: Int, channels: [[Double]]) throws {
        guard height >= 0, width >= 0, height * width <= Int(Int32.max) else {
            throw InputError("a PanNuke image of \(height)×\(width) pixels is not supported")
        }
        guard channels.count == PanNukeClass.allCases.count else {
            throw InputError("expected \(PanNukeClass.allCases.count) class channels, got \(channels.count)")
        }
        self.height = height
        self.width = width
        let scanner = ChannelScanner(pixelCount: height * width)
        self.channels = try channels.enumerated().map { index, values in
            guard values.count == height * width else {
                throw InputError("channel \(index) holds \(values.count) values, expected \(height)×\(width)")
            }
            return try values.withUnsafeBufferPointer {
                try SparseChannel(scanning: $0, name: "channel \(index)", scanner: scanner)
            }
        }
    }

    /// Checks that two masks describe images of the same size.
    ///
    /// - Parameter other: The other side of the comparison.
    /// - Throws: `InputError` when the sizes differ.
    func checkSameSize(as other: PanNukeMasks) throws {
        guard height == other.height, width == other.width else {
            throw InputError("ground truth is \(height)×\(width) but prediction is \(other.height)×\(other.width)")
        }
    }
}
