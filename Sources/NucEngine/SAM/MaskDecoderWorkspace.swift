/// Per-call scratch of the batched mask decoder: image-side activations of up to `capacity` prompts.
///
/// The image side dominates the decoder's memory (each prompt carries its own copy of the 16×16
/// image tokens after the first block), so one arena is carved into regions that the stages reuse:
///
/// | region | transformer | upscaling |
/// |---|---|---|
/// | `keys` (capacity·S·C) | image tokens | 1st conv input, then LN/GELU map, then (with `keysWithPE`) the output |
/// | `keysWithPE` (capacity·S·C) | image tokens + PE | 1st conv GEMM output |
/// | `projections` (4·capacity·S·I, at least 2·capacity·S·C) | image-side q, k, v, attention output | 2nd conv GEMM output |
///
/// Weights stay immutable in `MaskDecoder`; this is the `sam_state` to its `sam_model`.
final class MaskDecoderWorkspace {
    /// The most prompts one pass holds.
    let capacity: Int
    /// Image tokens (capacity·S, C).
    let keys: UnsafeMutablePointer<Float>
    /// Image tokens plus the positional encoding (capacity·S, C).
    let keysWithPE: UnsafeMutablePointer<Float>
    /// Start of the projection region.
    let projections: UnsafeMutablePointer<Float>
    /// Image-side queries of the image-to-token attention (capacity·S, I).
    let imageQueries: UnsafeMutablePointer<Float>
    /// Image-side keys of the token-to-image attention (capacity·S, I).
    let imageKeys: UnsafeMutablePointer<Float>
    /// Image-side values of the token-to-image attention (capacity·S, I).
    let imageValues: UnsafeMutablePointer<Float>
    /// Image-to-token attention output before its projection (capacity·S, I).
    let imageMixed: UnsafeMutablePointer<Float>
    private let storage: UnsafeMutablePointer<Float>

    /// Allocates scratch for `capacity` prompts over `cells` image tokens.
    ///
    /// - Parameters:
    ///   - capacity: Prompts per pass (≥ 1).
    ///   - cells: Image tokens S (16·16).
    ///   - config: The decoder sizes.
    init(capacity: Int, cells: Int, config: MaskDecoderConfig) {
        let plane = capacity * cells * config.dimension
        let projected = capacity * cells * config.crossAttentionDimension
        self.capacity = capacity
        storage = .allocate(capacity: 2 * plane + max(4 * projected, 2 * plane))
        keys = storage
        keysWithPE = storage + plane
        projections = storage + 2 * plane
        imageQueries = projections
        imageKeys = projections + projected
        imageValues = projections + 2 * projected
        imageMixed = projections + 3 * projected
    }

    deinit {
        storage.deallocate()
    }
}
