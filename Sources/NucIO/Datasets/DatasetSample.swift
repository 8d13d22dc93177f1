/// One image of a dataset: its metadata now, its pixels when asked for.
///
/// Samples are cheap handles: a `Dataset` lists them all when it opens, and nothing is
/// decoded until `image()` or `labels()` is called, so iterating over a PanNuke fold touches one
/// image's pages at a time.
public struct DatasetSample: Sendable {
    /// What is known without reading pixels.
    public let metadata: SampleMetadata
    let source: any SampleSource

    /// Creates a handle.
    ///
    /// - Parameters:
    ///   - metadata: The sample's metadata.
    ///   - source: Where its pixels come from.
    init(metadata: SampleMetadata, source: any SampleSource) {
        self.metadata = metadata
        self.source = source
    }

    /// Decodes the image.
    ///
    /// - Returns: The image as 8-bit RGB (PanNuke's float64 samples truncated as
    ///   `astype(np.uint8)` does).
    /// - Throws: `InputError` naming the file when it cannot be read or is malformed.
    public func image() throws -> RGBImage {
        try source.image(of: metadata)
    }

    /// Decodes the ground truth.
    ///
    /// - Returns: The instance map, class map and PanNuke channels where the layout has them.
    /// - Throws: `InputError` naming the file when it cannot be read or is malformed.
    public func labels() throws -> SampleLabels {
        try source.labels(of: metadata)
    }
}
