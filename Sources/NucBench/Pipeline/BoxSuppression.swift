/// Class-agnostic box non-maximum suppression with torchvision's CPU semantics, as PromptNucSeg's
/// `batched_nms(boxes.float(), iou_preds, zeros, iou_threshold)` runs it.
///
/// ref: torchvision `csrc/ops/cpu/nms_kernel.cpp` and `ops/boxes.py` `batched_nms` (one category, so
/// the coordinate-offset trick leaves the boxes unchanged); spec promptnucseg.md §4.2, §9.10.
/// * Areas are `(x2 − x1)·(y2 − y1)` without +1, in float32, on the inclusive `MaskBox` extents.
/// * IoU = inter / (area_i + area_j − inter) in float32, promoted to double and compared with a
///   strict `>` against the double threshold (so an IoU of exactly 3/10 exceeds 0.3).
/// * A zero-area pair gives 0/0 = NaN, which never suppresses nor is suppressed.
/// * Order: descending score; ties go to the lower index (a stable sort). torchvision sorts with
///   torch's non-stable sort, which on CPU keeps index order for fewer than 17 scores only
///   (checked with torch 2.13) and on CUDA is unspecified; with more than 1000 boxes
///   `batched_nms` also re-sorts its result non-stably. Exact score ties are then the only
///   divergence.
public enum BoxSuppression {
    /// The indices kept, in descending-score order.
    ///
    /// - Parameters:
    ///   - boxes: The boxes.
    ///   - scores: One score per box (the predicted IoU).
    ///   - threshold: Suppress a box when its IoU with a kept, higher-scoring box is > this.
    /// - Returns: Indices into `boxes`, highest score first.
    /// - Complexity: O(n²).
    public static func keep(boxes: [MaskBox], scores: [Float], threshold: Double) -> [Int] {
        precondition(boxes.count == scores.count, "one score per box")
        let order = boxes.indices.sorted { scores[$0] > scores[$1] || (scores[$0] == scores[$1] && $0 < $1) }
        let areas = boxes.map { Float($0.x2 - $0.x1) * Float($0.y2 - $0.y1) }
        var suppressed = [Bool](repeating: false, count: boxes.count)
        var kept: [Int] = []
        for (position, i) in order.enumerated() where !suppressed[i] {
            kept.append(i)
            for j in order[(position + 1)...] where !suppressed[j] {
                let width = max(0, Float(min(boxes[i].x2, boxes[j].x2) - max(boxes[i].x1, boxes[j].x1)))
                let height = max(0, Float(min(boxes[i].y2, boxes[j].y2) - max(boxes[i].y1, boxes[j].y1)))
                let intersection = width * height
                let overlap = intersection / (areas[i] + areas[j] - intersection)
                if Double(overlap) > threshold { suppressed[j] = true }
            }
        }
        return kept
    }
}
