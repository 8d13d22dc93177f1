/// Bounds a `.mat` reader keeps to while reading untrusted files.
///
/// A compressed variable declares its decompressed size in the first bytes of its stream;
/// the reader allocates that much only if it is within `decompressedSizeLimit(compressedSize:)`,
/// so a "zip bomb" fails at once with a message instead of exhausting memory.
public struct MatLimits: Sendable, Equatable {
    /// Deepest nesting of cells and structs inside a variable; the variable itself is depth 0.
    public var maximumNestingDepth: Int
    /// Largest ratio of a variable's decompressed size to its compressed size allowed above
    /// `decompressionAllowance`.
    public var decompressionRatio: Int
    /// Decompressed size allowed whatever the ratio: label maps compress 100–200×, so
    /// ordinary files stay under this and the ratio only bounds larger ones.
    public var decompressionAllowance: Int
    /// Largest decompressed size of any variable.
    public var maximumDecompressedSize: Int

    /// Creates limits.
    ///
    /// - Parameters:
    ///   - maximumNestingDepth: Deepest cell/struct nesting; 64 by default.
    ///   - decompressionRatio: Largest decompressed/compressed ratio; 64 by default.
    ///   - decompressionAllowance: Size allowed regardless of ratio; 256 MiB by default.
    ///   - maximumDecompressedSize: Absolute cap per variable; 4 GiB by default.
    public init(
        maximumNestingDepth: Int = 64, decompressionRatio: Int = 64, decompressionAllowance: Int = 256 << 20,
        maximumDecompressedSize: Int = 4 << 30
    ) {
        self.maximumNestingDepth = maximumNestingDepth
        self.decompressionRatio = decompressionRatio
        self.decompressionAllowance = decompressionAllowance
        self.maximumDecompressedSize = maximumDecompressedSize
    }

    /// The largest decompressed size accepted for `compressedSize` bytes of zlib data.
    ///
    /// - Parameter compressedSize: Bytes in the `miCOMPRESSED` element.
    /// - Returns: `min(maximumDecompressedSize, max(decompressionAllowance,
    ///   decompressionRatio × compressedSize))`.
    public func decompressedSizeLimit(compressedSize: Int) -> Int {
        let (scaled, overflow) = compressedSize.multipliedReportingOverflow(by: decompressionRatio)
        return min(maximumDecompressedSize, max(decompressionAllowance, overflow ? Int.max : scaled))
    }
}
