/// One mask a tile produced for one prompt variant, in image coordinates.
public struct MaskCandidate: Sendable, Equatable {
    /// The prompt's index in the image's prompt list.
    public let prompt: Int
    /// The tile's index in the grid.
    public let tile: Int
    /// The index of the prompt list sent to the tile (with K > 0, slots n…2n−1 are the copies
    /// without negatives).
    public let slot: Int
    /// The reference's box: inclusive extents, the tile origin for an empty mask.
    public let box: MaskBox
    /// The predicted IoU.
    public let score: Float
    /// The mask.
    public let mask: RegionMask
}
