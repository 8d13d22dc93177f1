/// What rasterising an annotation did: per-region areas, overlaps, and what was left out.
public struct RasterizationReport: Sendable, Equatable {
    /// One rasterised region.
    public struct Region: Sendable, Equatable {
        /// Its 1-based number among all regions of the file.
        public let number: Int
        /// Pixels its filled polygon covers inside the image.
        public let area: Int
        /// Pixels it still owns after all regions are painted.
        public let visiblePixels: Int
        /// Its vertices that fall outside the image after rounding.
        public let clippedVertices: Int

        /// Pixels other regions painted over: `area − visiblePixels`.
        public var lostPixels: Int { area - visiblePixels }
    }

    /// Two regions whose filled pixels intersect.
    public struct Overlap: Sendable, Equatable {
        /// The lower region number.
        public let first: Int
        /// The higher region number.
        public let second: Int
        /// Pixels both regions cover.
        public let pixels: Int
    }

    /// The rasterised regions, in file order.
    public let regions: [Region]
    /// Every intersecting pair, ordered by `first` then `second`.
    public let overlaps: [Overlap]
    /// Regions left out for having fewer than three vertices.
    public let skippedRegions: [MoNuSegAnnotation.SkippedRegion]

    /// Regions painted over entirely (or lying outside the image), which have no instance.
    public var hiddenRegions: [Int] { regions.filter { $0.visiblePixels == 0 }.map(\.number) }

    /// Pixels lost to overlaps, summed over regions.
    public var lostPixels: Int { regions.reduce(0) { $0 + $1.lostPixels } }

    /// Vertices outside the image, summed over regions.
    public var clippedVertices: Int { regions.reduce(0) { $0 + $1.clippedVertices } }
}
