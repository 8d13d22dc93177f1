extension MaskDecoderConfig {
    /// Reads the decoder sizes from a checkpoint's tensor shapes.
    ///
    /// `dimension` and `maskTokenCount` come from `mask_decoder.mask_tokens.weight` (M, C), `depth`
    /// from the `transformer.layers.{i}` blocks present, `mlpDimension` from `layers.0.mlp.lin1.weight`,
    /// the downsample rate from `layers.0.cross_attn_token_to_image.k_proj.weight` (C/rate, C), and the
    /// IoU head from `iou_prediction_head.layers.{i}`. Loading then checks every shape strictly.
    ///
    /// - Parameters:
    ///   - store: The checkpoint.
    ///   - heads: Attention heads; nil uses `defaultHeads` (SAM's 8).
    /// - Throws: `InputError` naming the checkpoint when a key that fixes a size is missing or the
    ///   sizes are inconsistent (a width not divisible by the head count, for instance).
    public init(inferringFrom store: WeightStore, heads: Int? = nil) throws {
        func shape(_ key: String, rank: Int) throws -> [Int] {
            guard let shape = store.shape(of: key) else {
                throw InputError("not a SAM checkpoint: missing key \(key)", file: store.source)
            }
            guard shape.count == rank, shape.allSatisfy({ $0 > 0 }) else {
                throw InputError("\(key) has shape \(shape); expected \(rank) non-zero axes", file: store.source)
            }
            return shape
        }
        let tokens = try shape("mask_decoder.mask_tokens.weight", rank: 2)
        let layer = "mask_decoder.transformer.layers."
        let mlp = try shape(layer + "0.mlp.lin1.weight", rank: 2)
        let crossKey = try shape(layer + "0.cross_attn_token_to_image.k_proj.weight", rank: 2)
        let iouFirst = try shape("mask_decoder.iou_prediction_head.layers.0.weight", rank: 2)
        let depth = Self.count(in: store, prefix: layer, suffix: ".norm1.weight")
        let iouDepth = Self.count(in: store, prefix: "mask_decoder.iou_prediction_head.layers.", suffix: ".weight")
        let dimension = tokens[1]
        let rate = crossKey[0] > 0 && dimension % crossKey[0] == 0 ? dimension / crossKey[0] : 0
        self.init(
            dimension: dimension, heads: heads ?? Self.defaultHeads, depth: depth, mlpDimension: mlp[0],
            attentionDownsampleRate: rate, maskTokenCount: tokens[0], iouHiddenDimension: iouFirst[0],
            iouHeadDepth: iouDepth)
        try validate(source: store.source)
    }

    /// Checks that the sizes describe a buildable decoder.
    ///
    /// - Parameter source: The checkpoint, named in errors.
    /// - Throws: `InputError` listing every inconsistency.
    func validate(source: String) throws {
        var problems: [String] = []
        if attentionDownsampleRate == 0 {
            problems.append("cross-attention width does not divide the token width \(dimension)")
        } else if heads < 1 || dimension % heads != 0 || crossAttentionDimension % heads != 0 {
            problems.append(
                "\(heads) heads do not divide the attention widths \(dimension) and \(crossAttentionDimension)")
        }
        if dimension % 8 != 0 { problems.append("token width \(dimension) is not a multiple of 8") }
        if depth < 1 { problems.append("no transformer layers") }
        if iouHeadDepth < 1 { problems.append("IoU head has no layers") }
        guard problems.isEmpty else {
            throw InputError("inconsistent mask decoder: " + problems.joined(separator: "; "), file: source)
        }
    }

    /// The number of consecutive indices `i` with a key `prefix + i + suffix`.
    private static func count(in store: WeightStore, prefix: String, suffix: String) -> Int {
        var count = 0
        while store.shape(of: "\(prefix)\(count)\(suffix)") != nil { count += 1 }
        return count
    }
}
