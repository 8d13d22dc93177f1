/// A single-channel image at its file's own depth: a label map, a mask or a greyscale picture.
///
/// Values are exactly those stored: nothing is scaled, so a 1-, 2- or 4-bit image holds
/// 0…2^d−1 and a 16-bit label map holds its ids.
public struct GreyImage: Sendable, Equatable {
    /// The samples in the type the file stores them, row-major.
    public enum Samples: Sendable, Equatable {
        /// Unsigned samples of 1 to 8 bits.
        case uint8([UInt8])
        /// Unsigned 16-bit samples.
        case uint16([UInt16])
        /// Unsigned 32-bit samples.
        case uint32([UInt32])
        /// Signed 32-bit samples.
        case int32([Int32])
        /// IEEE 754 single-precision samples.
        case float32([Float])

        /// Number of samples.
        public var count: Int {
            switch self {
            case .uint8(let values): values.count
            case .uint16(let values): values.count
            case .uint32(let values): values.count
            case .int32(let values): values.count
            case .float32(let values): values.count
            }
        }
    }

    /// Number of rows.
    public let height: Int
    /// Number of columns.
    public let width: Int
    /// Significant bits per sample in the file: 1, 2, 4 or 8 for `.uint8`, 16 for
    /// `.uint16`, 32 for the others.
    public let bitDepth: Int
    /// `height × width` row-major samples.
    public let samples: Samples

    /// Creates a grey image.
    ///
    /// - Parameters:
    ///   - height: Rows.
    ///   - width: Columns.
    ///   - bitDepth: Significant bits per sample; 8, 16 or 32 by default, matching `samples`.
    ///   - samples: `height × width` row-major samples.
    public init(height: Int, width: Int, bitDepth: Int? = nil, samples: Samples) {
        let storageBits: Int
        switch samples {
        case .uint8: storageBits = 8
        case .uint16: storageBits = 16
        case .uint32, .int32, .float32: storageBits = 32
        }
        let depth = bitDepth ?? storageBits
        precondition(
            depth == storageBits || (storageBits == 8 && [1, 2, 4].contains(depth)),
            "bit depth \(depth) does not fit \(storageBits)-bit samples")
        precondition(height >= 0 && width >= 0, "dimensions must be non-negative")
        precondition(samples.count == height * width, "samples must hold height × width values")
        self.height = height
        self.width = width
        self.bitDepth = depth
        self.samples = samples
    }
}
