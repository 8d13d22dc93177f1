/// From raw prompter outputs to point prompts: softmax, clipping, foreground selection, optional
/// mask-aided filtering (MAPF) and point NMS.
///
/// ref: windygoo/PromptNucSeg@4afbf26 prompter/utils.py, `predict` (spec promptnucseg.md §3.7):
/// 1. softmax over the C+1 logits; class = first argmax, score = its probability;
/// 2. clip x to [0, W−1] and y to [0, H−1] of the **unpadded** image, before any filtering;
/// 3. keep class ≠ background (no probability threshold);
/// 4. MAPF (if on): keep a point when the auxiliary logit at [⌊y⌋, ⌊x⌋] is > 0;
/// 5. greedy class-agnostic NMS with distance ≤ r (`PointNMS`).
public enum PromptPostProcessing {
    /// Steps 1–3: every foreground proposal, clipped, in proposal order.
    ///
    /// - Parameter output: The network's outputs.
    /// - Returns: The candidates with their class and score.
    public static func candidates(_ output: PrompterOutput) -> [DetectedPrompt] {
        let columns = output.logits.shape[1]
        var probabilities = output.logits.elements
        probabilities.withUnsafeMutableBufferPointer { values in
            guard let base = values.baseAddress else { return }
            Softmax.apply(base, rows: output.proposalCount, columns: columns, stride: columns)
        }
        let (maximumX, maximumY) = (Float(output.imageWidth - 1), Float(output.imageHeight - 1))
        var candidates: [DetectedPrompt] = []
        for index in 0..<output.proposalCount {
            let row = probabilities[(index * columns)..<((index + 1) * columns)]
            var best = row.startIndex
            for position in row.indices where row[position] > row[best] { best = position }
            let classIndex = best - row.startIndex
            guard classIndex < columns - 1 else { continue }
            candidates.append(
                DetectedPrompt(
                    x: min(max(output.proposals.elements[2 * index], 0), maximumX),
                    y: min(max(output.proposals.elements[2 * index + 1], 0), maximumY),
                    classIndex: classIndex, score: row[best]))
        }
        return candidates
    }

    /// Step 4: the candidates standing on positive auxiliary-mask pixels.
    ///
    /// - Parameters:
    ///   - candidates: Clipped candidates (coordinates inside the image).
    ///   - auxiliaryLogits: `[H_pad, W_pad]` mask logits.
    /// - Returns: Those whose logit at (⌊y⌋, ⌊x⌋) is > 0, in order.
    public static func maskFiltered(_ candidates: [DetectedPrompt], auxiliaryLogits: Tensor) -> [DetectedPrompt] {
        let (height, width) = (auxiliaryLogits.shape[0], auxiliaryLogits.shape[1])
        return candidates.filter { candidate in
            let (row, column) = (Int(candidate.y), Int(candidate.x))
            guard row >= 0, row < height, column >= 0, column < width else { return false }
            return auxiliaryLogits.elements[row * width + column] > 0
        }
    }

    /// Step 5: point NMS.
    ///
    /// - Parameters:
    ///   - candidates: The points to thin out.
    ///   - radius: r; a non-positive radius keeps every point.
    /// - Returns: The kept points, in their original order.
    public static func suppressed(_ candidates: [DetectedPrompt], radius: Double) -> [DetectedPrompt] {
        PointNMS.kept(candidates, radius: radius).map { candidates[$0] }
    }

    /// All steps with the given settings.
    ///
    /// - Parameters:
    ///   - output: The network's outputs.
    ///   - settings: MAPF and the NMS radius (the spacing is not used here).
    /// - Returns: The prompts, in proposal order.
    public static func prompts(_ output: PrompterOutput, settings: PromptSettings) -> [DetectedPrompt] {
        var points = candidates(output)
        if settings.maskFiltering { points = maskFiltered(points, auxiliaryLogits: output.auxiliaryLogits) }
        return suppressed(points, radius: settings.nmsRadius)
    }
}
