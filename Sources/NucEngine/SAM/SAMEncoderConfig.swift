/// The shape of a SAM ViT image encoder as a checkpoint defines it, at PromptNucSeg's 256×256 input.
///
/// Every field is read from tensor shapes under `image_encoder.` (spec promptnucseg.md §2.1,
/// §2.5), so ViT-B/L/H and tiny test models all load without a variant name. Fixed by the
/// architecture: 16×16 patches, a 256×256 input (a 16×16 token grid), a 64×64 `pos_embed`, and
/// global-attention tables of 2·64 − 1 = 127 rows.
public struct SAMEncoderConfig: Sendable, Equatable {
    /// The token width C (`patch_embed.proj.weight` rows).
    public var embedDim: Int
    /// The number of transformer blocks (`blocks.{i}` present).
    public var depth: Int
    /// The width of one attention head (`blocks.0.attn.rel_pos_w` columns).
    public var headDim: Int
    /// The MLP hidden width (`blocks.0.mlp.lin1.weight` rows; 4·C in every released model).
    public var mlpDim: Int
    /// The indices of the global-attention blocks (those whose `rel_pos_h` has 127 rows).
    public var globalBlocks: [Int]
    /// The side of an attention window, from the windowed blocks' `rel_pos_h` rows (2·w − 1); 14 in SAM.
    public var windowSize: Int
    /// The output channel count of the neck (`neck.0.weight` rows; 256 in SAM).
    public var neckDim: Int

    /// The side of a square patch, in pixels.
    public static let patchSize = 16
    /// The input side, in pixels.
    public static let imageSize = 256
    /// The side of the stored `pos_embed` grid (SAM's 1024 / 16).
    public static let storedGridSize = 64

    /// The number of attention heads.
    public var heads: Int { embedDim / headDim }
    /// The side of the token grid.
    public var gridSize: Int { Self.imageSize / Self.patchSize }
    /// The number of tokens.
    public var tokenCount: Int { gridSize * gridSize }
    /// The values in one flattened RGB patch.
    public var patchValues: Int { 3 * Self.patchSize * Self.patchSize }

    /// Creates a configuration from explicit sizes.
    ///
    /// - Parameters:
    ///   - embedDim: The token width.
    ///   - depth: The number of blocks.
    ///   - headDim: The width of one head (must divide `embedDim`).
    ///   - mlpDim: The MLP hidden width.
    ///   - globalBlocks: The indices of the global-attention blocks.
    ///   - windowSize: The window side of the other blocks.
    ///   - neckDim: The neck's output channels.
    public init(
        embedDim: Int, depth: Int, headDim: Int, mlpDim: Int, globalBlocks: [Int], windowSize: Int, neckDim: Int
    ) {
        self.embedDim = embedDim
        self.depth = depth
        self.headDim = headDim
        self.mlpDim = mlpDim
        self.globalBlocks = globalBlocks
        self.windowSize = windowSize
        self.neckDim = neckDim
    }

    /// Reads the configuration from a checkpoint's tensor shapes, without binding any tensor.
    ///
    /// - Parameters:
    ///   - weights: The checkpoint's tensors.
    ///   - prefix: The encoder's key prefix.
    /// - Returns: The configuration.
    /// - Throws: `InputError` naming the checkpoint when a defining tensor is absent or the shapes disagree.
    public static func inferred(from weights: WeightStore, prefix: String = "image_encoder.") throws -> Self {
        func shape(_ key: String, rank: Int) throws -> [Int] {
            guard let shape = weights.shape(of: prefix + key) else {
                throw InputError("no image-encoder tensor \(prefix + key)", file: weights.source)
            }
            guard shape.count == rank, shape.allSatisfy({ $0 > 0 }) else {
                throw InputError(
                    "\(prefix + key) has shape \(shape), expected \(rank) positive extents", file: weights.source)
            }
            return shape
        }
        let embedDim = try shape("patch_embed.proj.weight", rank: 4)[0]
        var depth = 0
        while weights.shape(of: prefix + "blocks.\(depth).norm1.weight") != nil { depth += 1 }
        guard depth > 0 else {
            throw InputError("no image-encoder blocks under \(prefix)blocks.", file: weights.source)
        }
        let headDim = try shape("blocks.0.attn.rel_pos_w", rank: 2)[1]
        guard embedDim % headDim == 0 else {
            throw InputError(
                "head width \(headDim) does not divide the embedding width \(embedDim)", file: weights.source)
        }
        let globalRows = 2 * storedGridSize - 1
        var globalBlocks: [Int] = []
        var windowRows: Set<Int> = []
        for block in 0..<depth {
            let rows = try shape("blocks.\(block).attn.rel_pos_h", rank: 2)[0]
            if rows == globalRows { globalBlocks.append(block) } else { windowRows.insert(rows) }
        }
        guard windowRows.count <= 1, let rows = windowRows.first ?? Optional(globalRows), rows % 2 == 1 else {
            throw InputError(
                "windowed blocks disagree on rel_pos_h rows \(windowRows.sorted()); expected one odd count 2·window − 1",
                file: weights.source)
        }
        return Self(
            embedDim: embedDim, depth: depth, headDim: headDim,
            mlpDim: try shape("blocks.0.mlp.lin1.weight", rank: 2)[0],
            globalBlocks: globalBlocks, windowSize: (rows + 1) / 2, neckDim: try shape("neck.0.weight", rank: 4)[0])
    }
}
