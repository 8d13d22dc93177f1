/// PromptNucSeg's segmentor (SAM with a 256×256 input): image encoder, prompt encoder and mask
/// decoder, loaded strictly from a checkpoint.
///
/// ref: PromptNucSeg fce0290 `segmentor/segment_anything/modeling/sam.py` `Sam.forward` and
/// spec promptnucseg.md §2. The image is normalised as the reference's albumentations `Normalize`
/// does (§2.2); the decoder runs all prompts of an image in one batched pass.
public struct Segmentor: Sendable {
    /// ImageNet channel means, as albumentations' `Normalize` default.
    static let imageNetMean: [Float] = [0.485, 0.456, 0.406]
    /// ImageNet channel standard deviations.
    static let imageNetStd: [Float] = [0.229, 0.224, 0.225]

    /// The configuration read from the checkpoint.
    public let config: SAMConfig
    /// `image_encoder`.
    public let imageEncoder: ImageEncoder
    /// `prompt_encoder` and `mask_decoder`.
    public let decoder: PromptDecoder

    /// Loads a segmentor checkpoint.
    ///
    /// Accepts PromptNucSeg's `{'model': state_dict, …}` and a bare state dict such as the official
    /// `sam_vit_*.pth` (whose `pixel_mean` and `pixel_std` are accepted and ignored);
    /// `prompt_encoder.mask_downscaling.*` is unused at inference and ignored. Every other key must
    /// be used, present and of the expected shape.
    ///
    /// - Parameters:
    ///   - path: A `torch.save` file or safetensors file.
    ///   - decoderHeads: The decoder's attention heads (not stored in checkpoints); nil for SAM's 8.
    /// - Throws: `InputError` naming the file when it cannot be read, is not a SAM checkpoint, or has
    ///   missing, unexpected or mis-shaped keys (all listed).
    public init(checkpoint path: String, decoderHeads: Int? = nil) throws {
        try self.init(weights: WeightStore(checkpoint: path), decoderHeads: decoderHeads)
    }

    /// Binds a segmentor from a checkpoint's tensors.
    ///
    /// - Parameters:
    ///   - weights: The tensors; `finish()` is called on it.
    ///   - decoderHeads: The decoder's attention heads; nil for SAM's 8.
    /// - Throws: `InputError` as `init(checkpoint:decoderHeads:)` describes.
    public init(weights: WeightStore, decoderHeads: Int? = nil) throws {
        config = try SAMConfig(inferringFrom: weights, decoderHeads: decoderHeads)
        for prefix in Self.ignoredPrefixes { weights.ignore(prefix: prefix) }
        imageEncoder = try ImageEncoder(weights)
        decoder = PromptDecoder(
            weights, config: config.decoder, imageSize: SAMEncoderConfig.imageSize,
            gridSize: config.encoder.gridSize)
        try weights.finish()
    }

    /// Keys a checkpoint may hold that inference does not use: SAM's pixel statistics (removed
    /// in PromptNucSeg, spec §2.6) and the mask-prompt downscaling (masks are never passed, §2.5).
    static let ignoredPrefixes = ["pixel_mean", "pixel_std", "prompt_encoder.mask_downscaling."]

    /// Normalises an RGB tile for the encoder: `(x − 255·mean) · (1 / (255·std))` in float32.
    ///
    /// - Parameter image: A 256×256 RGB image.
    /// - Returns: (3, 256, 256).
    /// - Throws: `InputError` when the image is not 256×256.
    public static func normalized(_ image: RGBImage) throws -> Tensor {
        let side = SAMEncoderConfig.imageSize
        guard image.height == side, image.width == side else {
            throw InputError("image is \(image.width)×\(image.height); the segmentor takes \(side)×\(side) tiles")
        }
        let plane = side * side
        var elements = [Float](repeating: 0, count: 3 * plane)
        for channel in 0..<3 {
            let mean = imageNetMean[channel] * 255
            let scale = 1 / (imageNetStd[channel] * 255)
            for pixel in 0..<plane {
                elements[channel * plane + pixel] = (Float(image.samples[pixel * 3 + channel]) - mean) * scale
            }
        }
        return Tensor(shape: [3, side, side], elements: elements)
    }

    /// Encodes an image and decodes its prompts.
    ///
    /// - Parameters:
    ///   - image: A 256×256 RGB tile.
    ///   - prompts: Point prompts in pixel coordinates.
    /// - Returns: The image embedding (C, 16, 16) and the masks' logits and IoUs.
    /// - Throws: `InputError` when the image is not 256×256.
    public func segment(_ image: RGBImage, prompts: [[PromptPoint]]) throws -> (
        embedding: Tensor, output: SegmentorOutput
    ) {
        let embedding = imageEncoder(try Self.normalized(image))
        return (embedding, decoder.decode(embedding: embedding, prompts: prompts))
    }
}
