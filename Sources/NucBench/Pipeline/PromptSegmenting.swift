import NucCore
import NucEngine

/// A prompt-driven segmentor seen by the pipeline: a 256×256 tile is encoded once, then any number
/// of prompt sets are decoded against that encoding.
///
/// NucEngine's `Segmentor` conforms (`Segmentor+PromptSegmenting.swift`); tests replay fixture
/// logits through a fake.
public protocol PromptSegmenting: Sendable {
    /// What the encoder produces for one tile (SAM's image embedding).
    associatedtype Embedding: Sendable

    /// Encodes one tile.
    ///
    /// - Parameter tile: A 256×256 RGB tile.
    /// - Returns: The tile's embedding.
    /// - Throws: `InputError` when the tile cannot be encoded (e.g. not 256×256).
    func embed(tile: RGBImage) throws -> Embedding

    /// Decodes prompts against an embedding.
    ///
    /// - Parameters:
    ///   - embedding: A tile's embedding from `embed(tile:)`.
    ///   - prompts: One point list per prompt, in tile pixel coordinates; the padding point SAM
    ///     appends is added by the segmentor, not here.
    /// - Returns: Logits (N, 256, 256) and predicted IoUs (N), in prompt order.
    /// - Throws: `InputError` when the prompts cannot be decoded.
    func segment(embedding: Embedding, prompts: [[PromptPoint]]) throws -> SegmentorOutput
}
