/// PromptNucSeg's score-ordered greedy point matching (`prompter/utils.py` `get_tp`).
///
/// Reference: windygoo/PromptNucSeg 4afbf26 `prompter/utils.py` `get_tp`, used by
/// `prompter/engine.py` `evaluate` (promptnucseg spec §6.5). Predictions are visited by
/// descending score; each takes the nearest ground-truth point that is still unmatched
/// if it lies within the radius (inclusive), and otherwise matches nothing — it does
/// not fall back to a farther point.
///
/// nucbench's conventions where the reference leaves the order to chance (no fixture
/// exists for these): predictions with equal scores keep their input order (a stable
/// sort; the reference's `np.argsort(-scores)` uses an unstable quicksort), NaN scores
/// come last (as in `argsort`), and equal distances go to the lower ground-truth index
/// (`argmin`'s first minimum). Distances are `sqrt(dx·dx + dy·dy)` in double precision;
/// the reference's `scipy.spatial.distance_matrix` computes in the points' dtype
/// (float32 for network outputs), which can differ at the last bit near the radius.
public enum GreedyPointMatching {
    /// Matches predictions to ground-truth points greedily by score.
    ///
    /// - Parameters:
    ///   - predictions: Predicted points; their `score` sets the visiting order.
    ///   - groundTruth: Ground-truth points.
    ///   - radius: Largest matched distance, inclusive (PromptNucSeg `match_dis` = 12).
    /// - Returns: For each prediction, in input order, the index of its matched
    ///   ground-truth point or `nil`.
    /// - Complexity: O(n · m) for n predictions and m ground-truth points.
    public static func matches(predictions: [TypedPoint], groundTruth: [Point], radius: Double = 12) -> [Int?] {
        var matched = [Int?](repeating: nil, count: predictions.count)
        var taken = [Bool](repeating: false, count: groundTruth.count)
        var remaining = groundTruth.count
        for prediction in visitingOrder(predictions) where remaining > 0 {
            let point = predictions[prediction].point
            var nearest = -1
            var nearestDistance = Double.infinity
            for (index, truth) in groundTruth.enumerated() where !taken[index] {
                let dx = point.x - truth.x
                let dy = point.y - truth.y
                let distance = (dx * dx + dy * dy).squareRoot()
                if nearest < 0 || distance < nearestDistance {
                    nearest = index
                    nearestDistance = distance
                }
            }
            if nearest >= 0, nearestDistance <= radius {
                taken[nearest] = true
                matched[prediction] = nearest
                remaining -= 1
            }
        }
        return matched
    }

    /// Prediction indices by descending score, equal scores in input order, NaN last.
    private static func visitingOrder(_ predictions: [TypedPoint]) -> [Int] {
        predictions.indices.sorted { first, second in
            let a = predictions[first].score
            let b = predictions[second].score
            if a.isNaN != b.isNaN { return b.isNaN }
            if !a.isNaN, a != b { return a > b }
            return first < second
        }
    }
}
