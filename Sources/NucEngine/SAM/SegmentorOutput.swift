/// What the segmentor predicts for the prompts of one image.
public struct SegmentorOutput: Sendable, Equatable {
    /// Mask logits, (N, H, W) at the input size; a pixel is in the mask when its logit is > 0.
    public var logits: Tensor
    /// The predicted IoU of each mask (`pred_ious`), used as its score.
    public var iou: [Float]

    /// Creates an output.
    ///
    /// - Parameters:
    ///   - logits: (N, H, W) mask logits.
    ///   - iou: N predicted IoUs.
    public init(logits: Tensor, iou: [Float]) {
        self.logits = logits
        self.iou = iou
    }

    /// The binary masks, `logit > 0` (`Sam.mask_threshold = 0.0`), as 0/1 bytes in the logits' layout.
    public var masks: [UInt8] { logits.elements.map { $0 > 0 ? 1 : 0 } }
}
