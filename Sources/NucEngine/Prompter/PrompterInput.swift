/// Turns an RGB image into the prompter's input: ImageNet normalisation and reflect-101 padding at
/// the bottom and right to a multiple of the anchor spacing λ.
///
/// ref: windygoo/PromptNucSeg@4afbf26 prompter/predict_prompts.py (albumentations 1.x
/// `PadIfNeeded(pad_*_divisor=λ, position="top_left")` with its default `BORDER_REFLECT_101`, then
/// `Normalize`; spec promptnucseg.md §4.1, §9.1). Normalize's arithmetic is float32
/// (x − 255·mean) · (1 / (255·std)), with the products and the reciprocal rounded to float32 as
/// albumentations computes them; padding commutes with it, so it is applied afterwards.
public enum PrompterInput {
    /// The ImageNet channel means (R, G, B).
    static let mean: [Float] = [0.485, 0.456, 0.406]
    /// The ImageNet channel standard deviations (R, G, B).
    static let standardDeviation: [Float] = [0.229, 0.224, 0.225]

    /// The normalised, padded input tensor.
    ///
    /// - Parameters:
    ///   - image: The RGB image, H×W.
    ///   - spacing: λ, the multiple to pad to.
    /// - Returns: `[3, ⌈H/λ⌉·λ, ⌈W/λ⌉·λ]`.
    /// - Throws: `InputError` when the image is empty or a side is too short to reflect the padding
    ///   (the padding must be smaller than the side).
    public static func tensor(from image: RGBImage, spacing: Int) throws -> Tensor {
        guard image.height > 0, image.width > 0 else {
            throw InputError("the prompter needs a non-empty image, got \(image.height)×\(image.width)")
        }
        let pixels = image.height * image.width
        var planes = [Float](repeating: 0, count: 3 * pixels)
        for channel in 0..<3 {
            let offset = mean[channel] * 255
            let scale = 1 / (standardDeviation[channel] * 255)
            for pixel in 0..<pixels {
                planes[channel * pixels + pixel] = (Float(image.samples[3 * pixel + channel]) - offset) * scale
            }
        }
        let normalized = Tensor(shape: [3, image.height, image.width], elements: planes)
        do {
            return try ReflectPadding.padToMultiple(normalized, of: spacing)
        } catch {
            throw InputError(
                "a \(image.height)×\(image.width) image cannot be reflect-padded to a multiple of \(spacing): "
                    + error.message)
        }
    }
}
