extension MaskDecoder {
    /// Decodes a batch of prompts of one image into 64×64 mask logits and IoU predictions.
    ///
    /// ref: PromptNucSeg fce0290 `mask_decoder.py` `predict_masks` and `forward` (mask token 0 and
    /// `iou_pred[:, 0]` with multimask off).
    ///
    /// - Parameters:
    ///   - sparse: The prompt encoder's sparse embeddings, (n, P, C).
    ///   - context: The image's shared decoder inputs.
    ///   - workspace: Scratch for at least n prompts.
    /// - Returns: Low-resolution logits (n, 4·side, 4·side) and the predicted IoU of each prompt.
    func callAsFunction(
        sparse: Tensor, context: MaskDecoderImageContext, workspace: MaskDecoderWorkspace
    ) -> (logits: Tensor, iou: [Float]) {
        let (prompts, points, dimension) = (sparse.shape[0], sparse.shape[1], sparse.shape[2])
        precondition(prompts <= workspace.capacity, "\(prompts) prompts for a workspace of \(workspace.capacity)")
        let outputCount = config.outputTokenCount
        let tokenCount = outputCount + points
        var tokens = Tensor(zeros: [prompts, tokenCount, dimension])
        for prompt in 0..<prompts {
            let start = prompt * tokenCount * dimension
            tokens.elements.replaceSubrange(
                start..<(start + outputCount * dimension), with: outputTokens.elements)
            let sparseStart = prompt * points * dimension
            tokens.elements.replaceSubrange(
                (start + outputCount * dimension)..<(start + tokenCount * dimension),
                with: sparse.elements[sparseStart..<(sparseStart + points * dimension)])
        }
        let processed = transformer(tokens: tokens, context: context, workspace: workspace)

        let side = context.side
        upscaling.apply(images: prompts, side: side, workspace: workspace)
        let hyper = hypernetwork(row(1, of: processed))
        let channels = hyper.shape[1]
        let pixels = 16 * context.cells
        var logits = Tensor(zeros: [prompts, 4 * side, 4 * side])
        hyper.elements.withUnsafeBufferPointer { hyper in
            logits.elements.withUnsafeMutableBufferPointer { logits in
                guard let hyper = hyper.baseAddress, let logits = logits.baseAddress else { return }
                ParallelLoop.forEachChunk(of: prompts) { range in
                    for prompt in range {
                        GEMM.multiply(
                            m: pixels, n: 1, k: channels, a: workspace.keys + prompt * pixels * channels,
                            lda: channels, b: hyper + prompt * channels, ldb: 1, c: logits + prompt * pixels, ldc: 1)
                    }
                }
            }
        }
        let scores = iouHead(row(0, of: processed))
        let iou = (0..<prompts).map { scores.elements[$0 * scores.shape[1]] }
        return (logits, iou)
    }

    /// Token `index` of every prompt, (n, C).
    private func row(_ index: Int, of tokens: Tensor) -> Tensor {
        let (prompts, count, dimension) = (tokens.shape[0], tokens.shape[1], tokens.shape[2])
        var elements: [Float] = []
        elements.reserveCapacity(prompts * dimension)
        for prompt in 0..<prompts {
            let start = (prompt * count + index) * dimension
            elements += tokens.elements[start..<(start + dimension)]
        }
        return Tensor(shape: [prompts, dimension], elements: elements)
    }
}
