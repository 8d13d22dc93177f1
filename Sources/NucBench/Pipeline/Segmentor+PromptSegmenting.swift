import NucCore
import NucEngine

/// NucEngine's SAM segmentor as the pipeline's `PromptSegmenting`: the image encoder gives the
/// embedding, and the prompt decoder runs every prompt of a tile in batched passes.
extension Segmentor: PromptSegmenting {
    /// Normalises and encodes a tile (spec promptnucseg.md §2.2).
    ///
    /// - Parameter tile: A 256×256 RGB tile.
    /// - Returns: The embedding (C, 16, 16).
    /// - Throws: `InputError` when the tile is not 256×256.
    public func embed(tile: RGBImage) throws -> Tensor {
        imageEncoder(try Self.normalized(tile))
    }

    /// Decodes prompts against a tile's embedding (spec §2.3–2.4).
    ///
    /// - Parameters:
    ///   - embedding: The tile's embedding (C, 16, 16).
    ///   - prompts: One point list per prompt, in tile pixel coordinates.
    /// - Returns: Logits (N, 256, 256) and predicted IoUs (N).
    /// - Throws: Nothing today; the protocol allows it.
    public func segment(embedding: Tensor, prompts: [[PromptPoint]]) throws -> SegmentorOutput {
        decoder.decode(embedding: embedding, prompts: prompts)
    }
}
