/// Finds the non-zero entries of a channel, skipping runs of background 32 values at a time.
///
/// A 256 × 256 PanNuke channel is mostly 0, so the scan tests blocks of 32 values with
/// bitwise ORs (two at a time) and looks at single values only in blocks that hold a
/// nucleus. The scanner owns room for one channel's entries and is reused across the
/// channels of an image.
struct ChannelScanner: ~Copyable {
    /// Positions of non-zero entries of the channel being scanned.
    private let pixels: UnsafeMutableBufferPointer<Int32>
    /// Their values.
    private let values: UnsafeMutableBufferPointer<Double>

    /// Allocates room for the entries of one channel.
    ///
    /// - Parameter pixelCount: Values per channel.
    init(pixelCount: Int) {
        pixels = .allocate(capacity: pixelCount)
        values = .allocate(capacity: pixelCount)
    }

    deinit {
        pixels.deallocate()
        values.deallocate()
    }

    /// The positions and values of the non-zero entries, in row-major order (−0.0 counts
    /// as zero, as in numpy; NaN counts as non-zero).
    ///
    /// - Parameter channel: At most as many values as the scanner was allocated for.
    /// - Returns: Positions (ascending) and their values.
    func nonZeroEntries(of channel: UnsafeBufferPointer<Double>) -> (pixels: [Int32], values: [Double]) {
        guard let base = channel.baseAddress else { return ([], []) }
        let raw = UnsafeRawPointer(base)
        var count = 0
        var start = 0
        while start < channel.count {
            let end = min(start + 32, channel.count)
            if end - start < 32 || !Self.isZeroBlock(raw, from: start) {
                for position in start..<end where channel[position] != 0 {
                    pixels[count] = Int32(truncatingIfNeeded: position)
                    values[count] = channel[position]
                    count += 1
                }
            }
            start = end
        }
        return (
            Array(UnsafeBufferPointer(rebasing: pixels[0..<count])),
            Array(UnsafeBufferPointer(rebasing: values[0..<count]))
        )
    }

    /// Whether the 32 values from index `start` are all ±0.0.
    @inline(__always)
    private static func isZeroBlock(_ raw: UnsafeRawPointer, from start: Int) -> Bool {
        let block = raw + start &* MemoryLayout<Double>.stride
        var bits = SIMD2<UInt64>()
        for pair in stride(from: 0, to: 32, by: 2) {
            bits |= block.loadUnaligned(fromByteOffset: pair &* MemoryLayout<Double>.stride, as: SIMD2<UInt64>.self)
        }
        // Dropping the sign bit leaves zero exactly for ±0.0.
        return (bits &<< 1) == SIMD2<UInt64>()
    }
}
