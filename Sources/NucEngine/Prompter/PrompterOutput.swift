/// The raw outputs of one prompter pass, before post-processing.
///
/// These are `DPAP2PNet.forward`'s `pred_coords`, `pred_logits` and `pred_masks` for one image
/// (windygoo/PromptNucSeg@4afbf26 prompter/models/dpa_p2pnet.py), plus the sizes post-processing needs.
public struct PrompterOutput: Sendable {
    /// `pred_coords` `[M, 2]`: (x, y) per anchor in padded-input pixels, row-major over the anchor grid.
    public var proposals: Tensor
    /// `pred_logits` `[M, C+1]`: class logits per proposal, background last.
    public var logits: Tensor
    /// `pred_masks` `[H_pad, W_pad]`: auxiliary mask logits at the padded input size.
    public var auxiliaryLogits: Tensor
    /// The unpadded image height, for clipping.
    public var imageHeight: Int
    /// The unpadded image width, for clipping.
    public var imageWidth: Int

    /// The number of proposals M.
    public var proposalCount: Int { proposals.shape[0] }
    /// The number of foreground classes C.
    public var classes: Int { logits.shape[1] - 1 }

    /// Creates an output.
    ///
    /// - Parameters:
    ///   - proposals: `[M, 2]`.
    ///   - logits: `[M, C+1]` with C ≥ 1.
    ///   - auxiliaryLogits: `[H_pad, W_pad]`, at least the image's size.
    ///   - imageHeight: The unpadded height.
    ///   - imageWidth: The unpadded width.
    public init(proposals: Tensor, logits: Tensor, auxiliaryLogits: Tensor, imageHeight: Int, imageWidth: Int) {
        precondition(proposals.rank == 2 && proposals.shape[1] == 2, "proposals must be [M, 2], got \(proposals.shape)")
        precondition(
            logits.rank == 2 && logits.shape[0] == proposals.shape[0] && logits.shape[1] >= 2,
            "logits must be [M, C+1], got \(logits.shape)")
        precondition(
            auxiliaryLogits.rank == 2 && auxiliaryLogits.shape[0] >= imageHeight
                && auxiliaryLogits.shape[1] >= imageWidth && imageHeight >= 1 && imageWidth >= 1,
            "auxiliary logits \(auxiliaryLogits.shape) for a \(imageHeight)×\(imageWidth) image")
        self.proposals = proposals
        self.logits = logits
        self.auxiliaryLogits = auxiliaryLogits
        self.imageHeight = imageHeight
        self.imageWidth = imageWidth
    }
}
