import NucCore
import NucEngine

/// Negative point prompts: each positive prompt of a tile gets its K nearest other prompts of the
/// same tile as background points.
///
/// ref: PromptNucSeg fce0290 `segmentor/dataset.py` `add_k_nearest_neg_prompt` as `main.py: evaluate`
/// calls it per tile; spec promptnucseg.md §2.3, §4.3.
/// * Each prompt becomes 1 + K points: itself (label 1), then its `min(K, n − 1)` nearest other prompts
///   (label 0) nearest first, then (0, 0) padding points (label −1) for the missing slots.
/// * Distances are exact Euclidean; ties go to the lower prompt index. The reference uses
///   `torch.cdist` (a matrix-product formula above 25 points) and `topk`, whose order for equal or
///   nearly equal distances is not defined; only such ties can differ.
/// * `compatibility`: with a single prompt in the tile and K > 1 the reference leaves the padding
///   slots after the first with label 1 (a bug, spec §2.3); `.reference` reproduces it. (The official
///   evaluation cannot run K > 1 at all: its `repeat(k + 1)` class and index lists no longer match the
///   2n prompts and SAM's `batch_iterator` asserts; nucbench pairs slot s with prompt s mod n.)
public struct NegativePrompts: Sendable, Equatable {
    /// How padding slots of a lone prompt are labelled.
    public enum Compatibility: Sendable, Equatable {
        /// Every padding slot is label −1 (correct for every K).
        case corrected
        /// The reference's behaviour: a lone prompt's slots 2…K keep label 1.
        case reference
    }

    /// K, the negatives per prompt (0 disables them).
    public var count: Int
    /// The padding behaviour for a lone prompt.
    public var compatibility: Compatibility

    /// Creates a negatives setting.
    ///
    /// - Parameters:
    ///   - count: K ≥ 0.
    ///   - compatibility: The lone-prompt padding behaviour.
    public init(count: Int, compatibility: Compatibility = .corrected) {
        precondition(count >= 0, "K must be non-negative")
        self.count = count
        self.compatibility = compatibility
    }

    /// The prompts of one tile with their negatives.
    ///
    /// - Parameter points: The tile's prompt points, in tile coordinates.
    /// - Returns: One point list per prompt: the positive, then K negative or padding points.
    /// - Complexity: O(n² log n).
    public func prompts(for points: [Point]) -> [[PromptPoint]] {
        let k = count
        let pad = PromptPoint(x: 0, y: 0, label: .padding)
        let positives = points.map { PromptPoint(x: $0.x, y: $0.y, label: .positive) }
        guard k > 0 else { return positives.map { [$0] } }
        if points.count == 1 {
            let lateLabel: PromptLabel = compatibility == .reference ? .positive : .padding
            let late = PromptPoint(x: 0, y: 0, label: lateLabel)
            return [[positives[0], pad] + Array(repeating: late, count: k - 1)]
        }
        let available = min(k, points.count - 1)
        return points.indices.map { index in
            let others = points.indices.filter { $0 != index }.map { other in
                (other, Self.squaredDistance(points[index], points[other]))
            }
            let nearest = others.sorted { $0.1 < $1.1 || ($0.1 == $1.1 && $0.0 < $1.0) }.prefix(available)
            let negatives = nearest.map { PromptPoint(x: points[$0.0].x, y: points[$0.0].y, label: .negative) }
            return [positives[index]] + negatives + Array(repeating: pad, count: k - available)
        }
    }

    /// The same prompts with the negatives switched off (labels −1, points kept), as the reference's
    /// second copy (`sub_prompt_labels1[..., 1:] = -1`).
    ///
    /// - Parameter prompts: Prompts from `prompts(for:)`.
    /// - Returns: The prompts with every point after the first labelled padding.
    public static func withoutNegatives(_ prompts: [[PromptPoint]]) -> [[PromptPoint]] {
        prompts.map { prompt in
            prompt.enumerated().map { index, point in
                index == 0 ? point : PromptPoint(x: point.point.x, y: point.point.y, label: .padding)
            }
        }
    }

    /// The exact squared distance of two points.
    private static func squaredDistance(_ a: Point, _ b: Point) -> Double {
        let dx = a.x - b.x
        let dy = a.y - b.y
        return dx * dx + dy * dy
    }
}
