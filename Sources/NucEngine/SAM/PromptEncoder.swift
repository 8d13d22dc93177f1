/// SAM's prompt encoder for point prompts: sparse point embeddings, the dense no-mask embedding, and
/// the image positional encoding.
///
/// Points are shifted to pixel centres and normalised, `((x + 0.5)/W, (y + 0.5)/H)` with the input
/// size (256×256), encoded by `RandomFourierEncoding`, then label −1 replaces the encoding with
/// `not_a_point_embed`, label 0 adds `point_embeddings.0` and label 1 adds `point_embeddings.1`. Boxes
/// are never passed, so one padding point (label −1) is always appended.
/// ref: segment-anything 1.0 `modeling/prompt_encoder.py` lines 73–91 (`_embed_points`) and 128–168
/// (`forward`); PromptNucSeg fce0290 uses it unchanged (spec promptnucseg.md §2.3).
struct PromptEncoder: Sendable {
    /// The point coordinate encoder (`pe_layer`).
    let encoding: RandomFourierEncoding
    /// `point_embeddings.0.weight`, added to negative points (C).
    let negativeEmbedding: Tensor
    /// `point_embeddings.1.weight`, added to positive points (C).
    let positiveEmbedding: Tensor
    /// `not_a_point_embed.weight`, the padding points' embedding (C).
    let notAPointEmbedding: Tensor
    /// `no_mask_embed.weight`, the dense embedding at every grid cell when no mask is given (C).
    let noMaskEmbedding: Tensor
    /// The image positional encoding on the embedding grid, (H·W, C): `get_dense_pe()` token-major.
    let densePositionalEncoding: Tensor
    /// The model input size in pixels (square), the normaliser of point coordinates.
    let imageSize: Int
    /// The side of the image-embedding grid.
    let gridSize: Int

    /// Binds the prompt encoder's weights.
    ///
    /// `point_embeddings.{2,3}` (box corners) are unused for point prompts but shape-checked;
    /// `mask_downscaling` is declared ignored by the segmentor.
    ///
    /// - Parameters:
    ///   - store: The checkpoint.
    ///   - dimension: Embedding width C.
    ///   - imageSize: Model input size (256).
    ///   - gridSize: Image-embedding grid side (16).
    init(store: WeightStore, dimension: Int, imageSize: Int, gridSize: Int) {
        let prefix = "prompt_encoder."
        encoding = RandomFourierEncoding(
            gaussianMatrix: store.tensor(
                prefix + "pe_layer.positional_encoding_gaussian_matrix", shape: [2, dimension / 2]))
        negativeEmbedding = store.tensor(prefix + "point_embeddings.0.weight", shape: [1, dimension]).reshaped([
            dimension
        ])
        positiveEmbedding = store.tensor(prefix + "point_embeddings.1.weight", shape: [1, dimension]).reshaped([
            dimension
        ])
        notAPointEmbedding = store.tensor(prefix + "not_a_point_embed.weight", shape: [1, dimension]).reshaped([
            dimension
        ])
        noMaskEmbedding = store.tensor(prefix + "no_mask_embed.weight", shape: [1, dimension]).reshaped([dimension])
        for boxCorner in 2...3 {  // Box corners: bound for the strict shape check, unused for points.
            _ = store.tensor(prefix + "point_embeddings.\(boxCorner).weight", shape: [1, dimension])
        }
        densePositionalEncoding = encoding.gridEncoding(height: gridSize, width: gridSize)
        self.imageSize = imageSize
        self.gridSize = gridSize
    }

    /// The embedding width C.
    var dimension: Int { noMaskEmbedding.count }

    /// Embeds every prompt's points plus the appended padding point.
    ///
    /// - Parameter prompts: N prompts of P points each.
    /// - Returns: (N, P + 1, C), the reference's `sparse_embeddings`.
    func sparseEmbeddings(of prompts: [[PromptPoint]]) -> Tensor {
        let tokens = (prompts.first?.count ?? 0) + 1
        precondition(prompts.allSatisfy { $0.count == tokens - 1 }, "prompts of one batch differ in length")
        let dimension = dimension
        var result = Tensor(zeros: [prompts.count, tokens, dimension])
        let size = Float(imageSize)
        result.elements.withUnsafeMutableBufferPointer { output in
            guard let base = output.baseAddress else { return }
            for (index, prompt) in prompts.enumerated() {
                let row = base + index * tokens * dimension
                for (slot, point) in prompt.enumerated() {
                    embed(point, size: size, into: row + slot * dimension)
                }
                embed(PromptPoint(x: 0, y: 0, label: .padding), size: size, into: row + prompt.count * dimension)
            }
        }
        return result
    }

    /// Writes one point's embedding (C values).
    private func embed(_ point: PromptPoint, size: Float, into output: UnsafeMutablePointer<Float>) {
        let added: Tensor
        switch point.label {
        case .padding:
            output.update(repeating: 0, count: dimension)
            added = notAPointEmbedding
        case .negative:
            encoding.encode(
                x: (Float(point.point.x) + 0.5) / size, y: (Float(point.point.y) + 0.5) / size, into: output)
            added = negativeEmbedding
        case .positive:
            encoding.encode(
                x: (Float(point.point.x) + 0.5) / size, y: (Float(point.point.y) + 0.5) / size, into: output)
            added = positiveEmbedding
        }
        for channel in 0..<dimension { output[channel] += added.elements[channel] }
    }
}
