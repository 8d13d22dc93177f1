/// The prompt-independent half of the mask decoder's inputs for one image, computed once per image.
///
/// The first block's token-to-image keys and values, and its image-to-token queries, act on the image
/// embedding plus `no_mask_embed` (plus the positional encoding), which every prompt shares
/// (spec performance.md, "Exact savings").
struct MaskDecoderImageContext: Sendable {
    /// Image tokens: the embedding plus `no_mask_embed`, (S, C) token-major (`src` in `predict_masks`).
    let image: Tensor
    /// The dense positional encoding, (S, C) (`image_pe`).
    let positionalEncoding: Tensor
    /// `layers.0.cross_attn_token_to_image.k_proj(image + PE)`, (S, I).
    let firstKeys: Tensor
    /// `layers.0.cross_attn_token_to_image.v_proj(image)`, (S, I).
    let firstValues: Tensor
    /// `layers.0.cross_attn_image_to_token.q_proj(image + PE)`, (S, I).
    let firstImageQueries: Tensor

    /// The side of the square image-token grid (16).
    let side: Int

    /// The number of image tokens S.
    var cells: Int { image.shape[0] }

    /// Prepares an image's decoder inputs.
    ///
    /// - Parameters:
    ///   - embedding: The image encoder output, (C, side, side).
    ///   - promptEncoder: Supplies `no_mask_embed` and the dense PE.
    ///   - firstBlock: The transformer's block 0.
    init(embedding: Tensor, promptEncoder: PromptEncoder, firstBlock: TwoWayAttentionBlock) {
        let channels = embedding.shape[0]
        let cells = embedding.count / channels
        var image = Tensor(zeros: [cells, channels])
        for channel in 0..<channels {
            let added = promptEncoder.noMaskEmbedding.elements[channel]
            for cell in 0..<cells {
                image.elements[cell * channels + channel] = embedding.elements[channel * cells + cell] + added
            }
        }
        var withPE = image
        for index in withPE.elements.indices {
            withPE.elements[index] += promptEncoder.densePositionalEncoding.elements[index]
        }
        self.image = image
        side = embedding.shape[1]
        positionalEncoding = promptEncoder.densePositionalEncoding
        firstKeys = firstBlock.tokenToImage.keyProjection(withPE)
        firstValues = firstBlock.tokenToImage.valueProjection(image)
        firstImageQueries = firstBlock.imageToToken.queryProjection(withPE)
    }
}
