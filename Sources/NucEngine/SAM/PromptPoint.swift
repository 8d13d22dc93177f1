/// How the prompt encoder treats a point: SAM's point labels.
///
/// ref: segment-anything 1.0 `modeling/prompt_encoder.py` lines 86–89 (`_embed_points`).
public enum PromptLabel: Int, Sendable, CaseIterable {
    /// Not a point: its encoding is replaced by `not_a_point_embed` (label −1).
    case padding = -1
    /// A background point: `point_embeddings.0` is added (label 0).
    case negative = 0
    /// A foreground point: `point_embeddings.1` is added (label 1).
    case positive = 1
}

/// One point of a prompt, in pixel-index coordinates of the 256×256 tile (0…255, fractions allowed).
public struct PromptPoint: Hashable, Sendable {
    /// Where the point is: `x` the column, `y` the row.
    public var point: Point
    /// Whether it is foreground, background or padding.
    public var label: PromptLabel

    /// Creates a prompt point.
    ///
    /// - Parameters:
    ///   - x: Column coordinate.
    ///   - y: Row coordinate.
    ///   - label: Foreground, background or padding.
    public init(x: Double, y: Double, label: PromptLabel) {
        self.point = Point(x: x, y: y)
        self.label = label
    }
}
