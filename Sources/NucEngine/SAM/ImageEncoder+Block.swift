extension ImageEncoder {
    /// One ViT block: `x + proj(attn(norm1(x)))`, then `x + lin2(GELU(lin1(norm2(x))))`.
    ///
    /// ref: windygoo/PromptNucSeg@4afbf26 segmentor/segment_anything/modeling/image_encoder.py,
    /// `Block.forward` (windowed blocks pad after `norm1`, attend per window and crop) and
    /// common.py `MLPBlock`. Every row-wise layer runs on the real tokens only, as one GEMM.
    struct Block: Sendable {
        /// `norm1` (eps 1e-6).
        let norm1: LayerNorm
        /// `attn.qkv`, C → 3C with bias.
        let qkv: Linear
        /// `attn.proj`, C → C.
        let projection: Linear
        /// Per-head products of `attn.rel_pos_h`, `attn.rel_pos_w` (resized to the layout) and the key bias.
        let relativeQueries: Tensor
        /// `norm2` (eps 1e-6).
        let norm2: LayerNorm
        /// `mlp.lin1`, C → mlp.
        let mlpIn: Linear
        /// `mlp.lin2`, mlp → C.
        let mlpOut: Linear
        /// The value part of the `attn.qkv` bias, `[C]`: the value of every padded key slot.
        let valueBias: [Float]
        /// Which tokens attend together.
        let layout: AttentionLayout
        /// The number of heads.
        let heads: Int

        /// Binds `prefix.{norm1, attn.qkv, attn.proj, attn.rel_pos_h, attn.rel_pos_w, norm2, mlp.lin1, mlp.lin2}`.
        ///
        /// - Parameters:
        ///   - weights: The checkpoint's tensors.
        ///   - prefix: The block's key, e.g. `image_encoder.blocks.3`.
        ///   - config: The encoder configuration.
        ///   - isGlobal: Whether the block attends globally (127-row tables) or in windows.
        init(_ weights: WeightStore, prefix: String, config: SAMEncoderConfig, isGlobal: Bool) {
            let width = config.embedDim
            norm1 = LayerNorm(weights, prefix: prefix + ".norm1", dim: width, eps: 1e-6)
            qkv = Linear(weights, prefix: prefix + ".attn.qkv", inputs: width, outputs: 3 * width)
            projection = Linear(weights, prefix: prefix + ".attn.proj", inputs: width, outputs: width)
            norm2 = LayerNorm(weights, prefix: prefix + ".norm2", dim: width, eps: 1e-6)
            mlpIn = Linear(weights, prefix: prefix + ".mlp.lin1", inputs: width, outputs: config.mlpDim)
            mlpOut = Linear(weights, prefix: prefix + ".mlp.lin2", inputs: config.mlpDim, outputs: width)
            heads = config.heads
            layout =
                isGlobal
                ? .global(grid: config.gridSize) : .windowed(grid: config.gridSize, window: config.windowSize)
            let storedRows = isGlobal ? 2 * SAMEncoderConfig.storedGridSize - 1 : 2 * config.windowSize - 1
            let tableShape = [storedRows, config.headDim]
            let heightTable = weights.tensor(prefix + ".attn.rel_pos_h", shape: tableShape)
            let widthTable = weights.tensor(prefix + ".attn.rel_pos_w", shape: tableShape)
            let rows = 2 * layout.side - 1
            let bias = qkv.bias?.elements ?? [Float](repeating: 0, count: 3 * width)
            valueBias = Array(bias[(2 * width)..<(3 * width)])
            relativeQueries = ImageEncoder.relativeQueryMatrix(
                heightTable: ImageEncoder.resizedRelativeTable(heightTable, rows: rows),
                widthTable: ImageEncoder.resizedRelativeTable(widthTable, rows: rows),
                keyBias: layout.isPadded ? Array(bias[width..<(2 * width)]) : nil, heads: heads,
                scale: 1 / Float(config.headDim).squareRoot())
        }

        /// Runs the block on the residual stream in `workspace.tokens` (grid order), in place.
        ///
        /// - Parameter workspace: The pass's scratch buffers.
        func apply(_ workspace: Workspace) {
            let width = qkv.inputs
            let count = layout.order.count
            if layout.isIdentity {
                norm1.apply(
                    rows: count, input: workspace.tokens, inputStride: width, output: workspace.normed,
                    outputStride: width)
            } else {
                for (row, token) in layout.order.enumerated() {
                    norm1.apply(
                        rows: 1, input: workspace.tokens + token * width, inputStride: width,
                        output: workspace.normed + row * width, outputStride: width)
                }
            }
            qkv.apply(
                rows: count, input: workspace.normed, inputStride: width, output: workspace.qkv, outputStride: 3 * width
            )
            valueBias.withUnsafeBufferPointer { valueBias in
                guard let valueBias = valueBias.baseAddress else { return }
                ImageEncoder.attend(
                    layout: layout, relativeQueries: relativeQueries, valueBias: valueBias, heads: heads,
                    workspace: workspace)
            }
            projection.apply(
                rows: count, input: workspace.mixed, inputStride: width, output: workspace.normed, outputStride: width)
            for (row, token) in layout.order.enumerated() {
                add(workspace.normed + row * width, into: workspace.tokens + token * width, count: width)
            }
            norm2.apply(
                rows: count, input: workspace.tokens, inputStride: width, output: workspace.normed, outputStride: width)
            mlpIn.apply(
                rows: count, input: workspace.normed, inputStride: width, output: workspace.hidden,
                outputStride: mlpIn.outputs)
            GELU.apply(workspace.hidden, count: count * mlpIn.outputs)
            mlpOut.apply(
                rows: count, input: workspace.hidden, inputStride: mlpIn.outputs, output: workspace.mixed,
                outputStride: width)
            add(workspace.mixed, into: workspace.tokens, count: count * width)
        }

        private func add(_ source: UnsafePointer<Float>, into target: UnsafeMutablePointer<Float>, count: Int) {
            for index in 0..<count { target[index] += source[index] }
        }
    }
}
