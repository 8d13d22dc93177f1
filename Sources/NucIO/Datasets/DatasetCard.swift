/// What nucbench knows about a public dataset: splits, image counts, pixel size, classes,
/// licence and where to download it, as committed in `Datasets/cards/<name>.json`.
///
/// Facts come from the dataset releases and the reference repositories (datasets spec,
/// promptnucseg spec §5); every number that could not be checked says so in a note, and
/// unknown values are `null` rather than guessed.
public struct DatasetCard: Sendable, Equatable {
    /// Short identifier, also the file name: `pannuke`, `kumar`, `cpm17`.
    public let name: String
    /// Human title.
    public let title: String
    /// The `DatasetLayout` raw values this dataset can be read from.
    public let layouts: [String]
    /// Total number of images.
    public let imageCount: Int
    /// Image sizes in pixels, in words, such as "256×256".
    public let imageSize: String
    /// The splits, each with its image count and, when known, image names.
    public let splits: [Split]
    /// Named train/validation/test assignments of splits (PanNuke's 123, 213, 321).
    public let protocols: [SplitProtocol]
    /// Pixel size.
    public let pixelSize: PixelSize
    /// The 3 µm detection radius and the radius the reference code uses.
    public let matching: Matching
    /// Class channels in order (empty for datasets without classes).
    public let classes: [ClassEntry]
    /// Tissue names, exactly as stored (PanNuke's 19).
    public let tissues: [String]
    /// Licence.
    public let licence: Licence
    /// Official download locations of the published archives.
    public let downloads: [Download]
    /// Caveats.
    public let notes: [String]
    /// Where the facts come from.
    public let sources: [String]

    /// One split.
    public struct Split: Sendable, Equatable {
        /// Its name (`fold1`, `train`, `test1`, …).
        public let name: String
        /// Number of images.
        public let count: Int
        /// Splits it is the union of (Kumar `test` = `test1` + `test2`); empty for a leaf.
        public let parts: [String]
        /// Its images, or nil when their names are not known.
        public let images: [ImageEntry]?
        /// A caveat, if any.
        public let note: String?
    }

    /// One named image of a split.
    public struct ImageEntry: Sendable, Equatable {
        /// The image name without extension.
        public let name: String
        /// Its organ or tissue, if known.
        public let tissue: String?
    }

    /// A train/validation/test assignment of splits.
    public struct SplitProtocol: Sendable, Equatable {
        /// Its name (`pannuke123`).
        public let name: String
        /// Training splits.
        public let train: [String]
        /// Validation splits (may be empty).
        public let validation: [String]
        /// Test splits.
        public let test: [String]
    }

    /// Pixel size in µm per pixel.
    public struct PixelSize: Sendable, Equatable {
        /// The nominal size, or nil when it is not known for the whole dataset.
        public let nominal: Double?
        /// Sizes that occur when the dataset mixes magnifications.
        public let candidates: [Double]
        /// Per-image sizes where known, by image name.
        public let perImage: [String: Double]
        /// Whether the size was read from the images' own metadata.
        public let verified: Bool
        /// How it was established, and caveats.
        public let note: String
    }

    /// The detection matching radius.
    public struct Matching: Sendable, Equatable {
        /// The radius in µm (3).
        public let radiusMicrons: Double
        /// The radius in pixels that µm/px implies, or nil when the pixel size is unknown.
        public let radiusPixels: Int?
        /// The radius in pixels the reference code uses.
        public let referenceRadiusPixels: Int
        /// How `radiusPixels` is computed, in words.
        public let rule: String
    }

    /// One class channel.
    public struct ClassEntry: Sendable, Equatable {
        /// The channel index in the masks.
        public let channel: Int
        /// The name.
        public let name: String
        /// Other names for the same class.
        public let aliases: [String]
        /// Whether evaluation ignores the channel (PanNuke's background).
        public let ignored: Bool
    }

    /// A licence.
    public struct Licence: Sendable, Equatable {
        /// Its name, such as "CC BY-NC-SA 4.0", or "unknown".
        public let name: String
        /// Where it is stated, and caveats.
        public let note: String
    }

    /// A published archive.
    public struct Download: Sendable, Equatable {
        /// Its identifier, unique within the card.
        public let name: String
        /// The official location, as plain text.
        public let url: String
        /// The file name to save it under.
        public let file: String
        /// Lower-case hex SHA-256 of the archive, or nil when not known.
        public let sha256: String?
        /// Where the checksum comes from, or why it is missing.
        public let note: String
    }

    // MARK: - Lookups

    /// The split holding image `name` among the leaf splits with known names.
    ///
    /// - Parameter name: An image name without extension.
    /// - Returns: The split, or nil.
    public func split(ofImage name: String) -> String? {
        splits.first { $0.parts.isEmpty && $0.images?.contains { $0.name == name } == true }?.name
    }

    /// The tissue of image `name`, if the card records it.
    ///
    /// - Parameter name: An image name without extension.
    /// - Returns: The tissue, or nil.
    public func tissue(ofImage name: String) -> String? {
        for split in splits {
            if let entry = split.images?.first(where: { $0.name == name }), let tissue = entry.tissue {
                return tissue
            }
        }
        return nil
    }

    /// The pixel size of image `name`: its own entry, else the nominal size.
    ///
    /// - Parameter name: An image name without extension.
    /// - Returns: µm per pixel, or nil when unknown.
    public func micronsPerPixel(ofImage name: String) -> Double? {
        pixelSize.perImage[name] ?? pixelSize.nominal
    }

    /// The download called `name`.
    ///
    /// - Parameter name: A download identifier.
    /// - Returns: The download, or nil.
    public func download(named name: String) -> Download? {
        downloads.first { $0.name == name }
    }
}
