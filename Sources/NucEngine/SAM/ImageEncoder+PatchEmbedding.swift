extension ImageEncoder {
    /// The patch embedding (a 16×16 stride-16 convolution) and the absolute position embedding.
    ///
    /// ref: windygoo/PromptNucSeg@4afbf26 segmentor/segment_anything/modeling/image_encoder.py,
    /// `PatchEmbed` and `ImageEncoderViT.forward` (pos_embed resized by bicubic interpolation).
    /// The convolution has no overlap, so it is a reshape of the image into patch rows followed
    /// by one GEMM against the weight viewed as `[C, 3·16·16]`.
    struct PatchEmbedding: Sendable {
        /// `patch_embed.proj`, the convolution weight `[C, 3, 16, 16]` viewed as `[C, 768]`, with bias.
        let projection: Linear
        /// `pos_embed` `[1, 64, 64, C]` resized to the token grid, `[T, C]` in grid order.
        let positions: Tensor

        /// Binds `prefix.patch_embed.proj.{weight,bias}` and `prefix.pos_embed`.
        ///
        /// - Parameters:
        ///   - weights: The checkpoint's tensors.
        ///   - prefix: The encoder's key prefix, e.g. `image_encoder.`.
        ///   - config: The encoder configuration.
        init(_ weights: WeightStore, prefix: String, config: SAMEncoderConfig) {
            let patch = SAMEncoderConfig.patchSize
            let width = config.embedDim
            let kernel = weights.tensor(prefix + "patch_embed.proj.weight", shape: [width, 3, patch, patch])
            projection = Linear(
                weight: kernel.reshaped([width, config.patchValues]),
                bias: weights.tensor(prefix + "patch_embed.proj.bias", shape: [width]))
            let stored = SAMEncoderConfig.storedGridSize
            positions = ImageEncoder.resizedPositions(
                weights.tensor(prefix + "pos_embed", shape: [1, stored, stored, width]), grid: config.gridSize)
        }

        /// Writes `patch_embed(image) + pos_embed` to `workspace.tokens`.
        ///
        /// - Parameters:
        ///   - image: The normalised image, `[3, 256, 256]`.
        ///   - workspace: Uses `normed` for the patch rows; writes `tokens`.
        func apply(_ image: Tensor, workspace: Workspace) {
            let patch = SAMEncoderConfig.patchSize
            let side = SAMEncoderConfig.imageSize
            let grid = side / patch
            let values = projection.inputs
            image.elements.withUnsafeBufferPointer { pixels in
                guard let pixels = pixels.baseAddress else { return }
                for token in 0..<(grid * grid) {
                    let (top, left) = (token / grid * patch, token % grid * patch)
                    var target = workspace.normed + token * values
                    for channel in 0..<3 {
                        for y in 0..<patch {
                            target.update(from: pixels + (channel * side + top + y) * side + left, count: patch)
                            target += patch
                        }
                    }
                }
            }
            let width = projection.outputs
            projection.apply(
                rows: grid * grid, input: workspace.normed, inputStride: values, output: workspace.tokens,
                outputStride: width)
            positions.elements.withUnsafeBufferPointer { positions in
                for index in positions.indices { workspace.tokens[index] += positions[index] }
            }
        }
    }

    /// Resizes `pos_embed` from 64×64 to `grid`×`grid` by bicubic interpolation (`align_corners=False`, A = −0.75).
    ///
    /// For 64 → 16 every output index i reads input indices 4i…4i+3 with weights
    /// [−3, 19, 19, −3]/32 along each axis, exactly (spec §2.2, §9.7); this is that separable
    /// filter, applied along the width first and then the height as PyTorch's kernel does, and
    /// holds for any grid that divides 64 by 4.
    ///
    /// - Parameters:
    ///   - table: `[1, 64, 64, C]`.
    ///   - grid: The token grid side (16).
    /// - Returns: `[grid·grid, C]`.
    static func resizedPositions(_ table: Tensor, grid: Int) -> Tensor {
        let (stored, width) = (table.shape[1], table.shape[3])
        precondition(stored == 4 * grid, "the 4-tap bicubic filter needs a 4× reduction, got \(stored) → \(grid)")
        let taps: [Float] = [-3.0 / 32, 19.0 / 32, 19.0 / 32, -3.0 / 32]
        var output = [Float](repeating: 0, count: grid * grid * width)
        var rows = [Float](repeating: 0, count: 4 * width)
        for y in 0..<grid {
            for x in 0..<grid {
                for tapY in 0..<4 {
                    for channel in 0..<width {
                        var sum: Float = 0
                        for tapX in 0..<4 {
                            sum +=
                                taps[tapX] * table.elements[((4 * y + tapY) * stored + 4 * x + tapX) * width + channel]
                        }
                        rows[tapY * width + channel] = sum
                    }
                }
                for channel in 0..<width {
                    var sum: Float = 0
                    for tapY in 0..<4 { sum += taps[tapY] * rows[tapY * width + channel] }
                    output[(y * grid + x) * width + channel] = sum
                }
            }
        }
        return Tensor(shape: [grid * grid, width], elements: output)
    }
}
