extension PromptDecoder {
    /// Every `prompt_encoder.` and `mask_decoder.` tensor a checkpoint holds for these sizes, with its
    /// shape (the key table; `mask_downscaling`, unused at inference, is left out).
    ///
    /// ref: spec promptnucseg.md §2.5; segment-anything 1.0 `modeling/prompt_encoder.py`,
    /// `mask_decoder.py`, `transformer.py`.
    ///
    /// - Parameter config: The decoder sizes.
    /// - Returns: (key, shape) pairs in module order.
    static func tensorShapes(config: MaskDecoderConfig) -> [(key: String, shape: [Int])] {
        let (width, inner, hidden) = (config.dimension, config.crossAttentionDimension, config.mlpDimension)
        var shapes: [(key: String, shape: [Int])] = [
            ("prompt_encoder.pe_layer.positional_encoding_gaussian_matrix", [2, config.fourierFeatureCount])
        ]
        shapes += (0..<4).map { ("prompt_encoder.point_embeddings.\($0).weight", [1, width]) }
        shapes += [
            ("prompt_encoder.not_a_point_embed.weight", [1, width]),
            ("prompt_encoder.no_mask_embed.weight", [1, width]),
        ]
        shapes += [
            ("mask_decoder.iou_token.weight", [1, width]),
            ("mask_decoder.mask_tokens.weight", [config.maskTokenCount, width]),
        ]
        func linear(_ key: String, _ inputs: Int, _ outputs: Int) -> [(key: String, shape: [Int])] {
            [(key + ".weight", [outputs, inputs]), (key + ".bias", [outputs])]
        }
        func norm(_ key: String) -> [(key: String, shape: [Int])] {
            [(key + ".weight", [width]), (key + ".bias", [width])]
        }
        func attention(_ key: String, inner: Int) -> [(key: String, shape: [Int])] {
            ["q_proj", "k_proj", "v_proj"].flatMap { linear("\(key).\($0)", width, inner) }
                + linear(key + ".out_proj", inner, width)
        }
        let transformer = "mask_decoder.transformer."
        for layer in 0..<config.depth {
            let prefix = "\(transformer)layers.\(layer)."
            shapes += attention(prefix + "self_attn", inner: width)
            shapes += norm(prefix + "norm1")
            shapes += attention(prefix + "cross_attn_token_to_image", inner: inner)
            shapes += norm(prefix + "norm2")
            shapes += linear(prefix + "mlp.lin1", width, hidden) + linear(prefix + "mlp.lin2", hidden, width)
            shapes += norm(prefix + "norm3") + norm(prefix + "norm4")
            shapes += attention(prefix + "cross_attn_image_to_token", inner: inner)
        }
        shapes += attention(transformer + "final_attn_token_to_image", inner: inner)
        shapes += norm(transformer + "norm_final_attn")
        let (middle, last) = (config.upscaledChannels, config.maskFeatureChannels)
        shapes += [
            ("mask_decoder.output_upscaling.0.weight", [width, middle, 2, 2]),
            ("mask_decoder.output_upscaling.0.bias", [middle]),
            ("mask_decoder.output_upscaling.1.weight", [middle]), ("mask_decoder.output_upscaling.1.bias", [middle]),
            ("mask_decoder.output_upscaling.3.weight", [middle, last, 2, 2]),
            ("mask_decoder.output_upscaling.3.bias", [last]),
        ]
        for token in 0..<config.maskTokenCount {
            let widths = [width, width, width, last]
            shapes += (0..<3).flatMap {
                linear("mask_decoder.output_hypernetworks_mlps.\(token).layers.\($0)", widths[$0], widths[$0 + 1])
            }
        }
        let iouWidths =
            [width] + Array(repeating: config.iouHiddenDimension, count: config.iouHeadDepth - 1)
            + [config.maskTokenCount]
        shapes += (0..<config.iouHeadDepth).flatMap {
            linear("mask_decoder.iou_prediction_head.layers.\($0)", iouWidths[$0], iouWidths[$0 + 1])
        }
        return shapes
    }
}
