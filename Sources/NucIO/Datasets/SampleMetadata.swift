/// What is known about a sample without reading its pixels.
public struct SampleMetadata: Sendable, Equatable {
    /// The sample's name: `{fold}_{k}` for PanNuke (PromptNucSeg's naming), otherwise the
    /// image file name without its extension.
    public let name: String
    /// The split it belongs to: `fold1`…`fold3` for PanNuke, `train`, `test1`, `test2` for
    /// Kumar, `train`, `test` for CPM-17 and MoNuSeg; `unassigned` for a MoNuSeg image that
    /// is not one of Kumar's 30.
    public let split: String
    /// The PanNuke fold (1…3), or nil.
    public let fold: Int?
    /// The tissue or organ, when the dataset records it (PanNuke `types.npy`, Kumar card).
    public let tissue: String?
    /// Pixel size in µm, when known from the dataset card; nil when unknown.
    public let micronsPerPixel: Double?
    /// The file holding the image (PanNuke: the fold's `images.npy`).
    public let imagePath: String
    /// The file holding the labels (PanNuke: the fold's `masks.npy`).
    public let labelPath: String
    /// The image's index in a stacked file (PanNuke), or nil for one file per image.
    public let index: Int?

    /// Creates metadata.
    ///
    /// - Parameters:
    ///   - name: The sample's name.
    ///   - split: Its split.
    ///   - fold: PanNuke fold, if any.
    ///   - tissue: Tissue, if known.
    ///   - micronsPerPixel: Pixel size, if known.
    ///   - imagePath: Image file.
    ///   - labelPath: Label file.
    ///   - index: Index in a stacked file, if any.
    public init(
        name: String, split: String, fold: Int? = nil, tissue: String? = nil, micronsPerPixel: Double? = nil,
        imagePath: String, labelPath: String, index: Int? = nil
    ) {
        self.name = name
        self.split = split
        self.fold = fold
        self.tissue = tissue
        self.micronsPerPixel = micronsPerPixel
        self.imagePath = imagePath
        self.labelPath = labelPath
        self.index = index
    }
}
