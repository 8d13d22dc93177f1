/// Something unusual found in a dataset: not fatal for loading, but worth reporting.
///
/// Loaders never drop data silently: an image without labels, labels without an image,
/// a nucleus painted in two PanNuke channels and the like become anomalies that
/// `nucbench datasets inspect` lists.
public struct DatasetAnomaly: Sendable, Equatable, CustomStringConvertible {
    /// What kind of anomaly.
    public enum Kind: String, Sendable, CaseIterable {
        /// An image file with no label file of the same name.
        case unpairedImage = "unpaired-image"
        /// A label file with no image file of the same name.
        case unpairedLabel = "unpaired-label"
        /// A file in an image or label folder that the layout does not use.
        case unexpectedFile = "unexpected-file"
        /// An image whose ground truth holds no nucleus.
        case emptyImage = "empty-image"
        /// Instance ids that are not exactly 1…n.
        case nonContiguousIds = "non-contiguous-ids"
        /// A label map with no background (0) pixel.
        case missingBackground = "missing-background"
        /// Pixels labelled in two PanNuke class channels.
        case channelOverlap = "channel-overlap"
        /// A nucleus painted over completely: by a later PanNuke channel, or by other
        /// annotation polygons.
        case overwrittenInstance = "overwritten-instance"
        /// Annotation polygons that cover the same pixels.
        case overlappingPolygons = "overlapping-polygons"
        /// An annotation region with fewer than three vertices, which encloses no pixel.
        case degenerateRegion = "degenerate-region"
        /// An image and its labels of different sizes.
        case sizeMismatch = "size-mismatch"
    }

    /// What kind of anomaly.
    public let kind: Kind
    /// The sample concerned, when there is one.
    public let sample: String?
    /// The file concerned, when there is one.
    public let file: String?
    /// What was found, in words.
    public let detail: String

    /// Creates an anomaly.
    ///
    /// - Parameters:
    ///   - kind: What kind.
    ///   - sample: The sample's name, if any.
    ///   - file: The file, if any.
    ///   - detail: What was found.
    public init(_ kind: Kind, sample: String? = nil, file: String? = nil, detail: String) {
        self.kind = kind
        self.sample = sample
        self.file = file
        self.detail = detail
    }

    /// `kind: sample: file: detail`, leaving out what is unknown.
    public var description: String {
        ([kind.rawValue] + [sample, file].compactMap { $0 } + [detail]).joined(separator: ": ")
    }
}
