/// How a large image (Kumar, CPM-17) is tiled, prompted and merged.
///
/// ref: PromptNucSeg fce0290 `segmentor/main.py: evaluate`, `segmentor/config/{kumar,cpm17}_{b,l,h}.py`;
/// spec promptnucseg.md §4.1, §4.3, §7.
public struct TiledSegmentationSettings: Sendable, Equatable {
    /// ε, the tile overlap (`--overlap`, 64).
    public var overlap: Int
    /// The negative prompts (`data.num_neg_prompt`).
    public var negatives: NegativePrompts
    /// The cross-tile box-NMS threshold (`data.post.iou_threshold`).
    public var iouThreshold: Double
    /// Masks whose box is within this many pixels of an inner tile edge are dropped (7).
    public var edgeTolerance: Int
    /// Reflect-101 padding of the segmentor input to a multiple of this, or nil (Kumar-B: 16).
    public var padMultiple: Int?
    /// Test-time augmentation's prompt mapping, or nil for none (`--tta`, off).
    public var augmentation: AugmentationView.PointMapping?

    /// Creates settings.
    ///
    /// - Parameters:
    ///   - overlap: ε in 0…255.
    ///   - negatives: The negative prompts.
    ///   - iouThreshold: The cross-tile box-NMS threshold.
    ///   - edgeTolerance: The tile-edge rule's distance.
    ///   - padMultiple: The reflect-padding multiple, or nil.
    ///   - augmentation: The test-time augmentation prompt mapping, or nil.
    public init(
        overlap: Int = 64, negatives: NegativePrompts = NegativePrompts(count: 0), iouThreshold: Double,
        edgeTolerance: Int = 7, padMultiple: Int? = nil, augmentation: AugmentationView.PointMapping? = nil
    ) {
        self.overlap = overlap
        self.negatives = negatives
        self.iouThreshold = iouThreshold
        self.edgeTolerance = edgeTolerance
        self.padMultiple = padMultiple
        self.augmentation = augmentation
    }

    /// `kumar_b.py`: NMS 0.3, no negatives, input padded to a multiple of 16.
    public static let kumarB = TiledSegmentationSettings(iouThreshold: 0.3, padMultiple: 16)
    /// `kumar_l.py` and `kumar_h.py`: NMS 0.3, no negatives, no padding.
    public static let kumarLH = TiledSegmentationSettings(iouThreshold: 0.3)
    /// `cpm17_b.py` and `cpm17_l.py`: NMS 0.5, no negatives.
    public static let cpm17BL = TiledSegmentationSettings(iouThreshold: 0.5)
    /// `cpm17_h.py`: NMS 0.5, one negative prompt.
    public static let cpm17H = TiledSegmentationSettings(negatives: NegativePrompts(count: 1), iouThreshold: 0.5)
}
