import Foundation

extension ImageEncoder {
    /// ViT-B's encoder shape (spec §2.1): C 768, 12 blocks of 12 heads, global blocks 2, 5, 8, 11.
    package static let vitB = SAMEncoderConfig(
        embedDim: 768, depth: 12, headDim: 64, mlpDim: 3072, globalBlocks: [2, 5, 8, 11], windowSize: 14, neckDim: 256)

    /// Seeded random `image_encoder.` tensors of a given shape, for benchmarks and tests.
    ///
    /// Linear and convolution weights are uniform in ±1/√fan-in, biases, tables and `pos_embed`
    /// in ±0.02·scale, LayerNorm weights 1 ± 0.1 and biases ±0.1.
    ///
    /// - Parameters:
    ///   - config: The encoder shape.
    ///   - seed: The SplitMix64 seed.
    ///   - scale: A factor on biases, tables and `pos_embed`.
    /// - Returns: Every tensor `ImageEncoder` binds, by key.
    package static func randomWeights(config: SAMEncoderConfig, seed: UInt64, scale: Float = 1) -> [String: Tensor] {
        var generator = SplitMix64(seed: seed)
        func uniform(_ shape: [Int], center: Float = 0, radius: Float) -> Tensor {
            Tensor(
                shape: shape,
                elements: (0..<Tensor.count(of: shape)).map { _ in
                    center + Float.random(in: -radius...radius, using: &generator)
                })
        }
        let (width, patch) = (config.embedDim, SAMEncoderConfig.patchSize)
        let stored = SAMEncoderConfig.storedGridSize
        var tensors: [String: Tensor] = [
            "image_encoder.pos_embed": uniform([1, stored, stored, width], radius: 0.02 * scale),
            "image_encoder.patch_embed.proj.weight": uniform(
                [width, 3, patch, patch], radius: 1 / Float(config.patchValues).squareRoot()),
            "image_encoder.patch_embed.proj.bias": uniform([width], radius: 0.02 * scale),
        ]
        func linear(_ key: String, _ outputs: Int, _ inputs: Int) {
            tensors[key + ".weight"] = uniform([outputs, inputs], radius: 1 / Float(inputs).squareRoot())
            tensors[key + ".bias"] = uniform([outputs], radius: 0.02 * scale)
        }
        func norm(_ key: String, _ dim: Int) {
            tensors[key + ".weight"] = uniform([dim], center: 1, radius: 0.1)
            tensors[key + ".bias"] = uniform([dim], radius: 0.1)
        }
        for block in 0..<config.depth {
            let prefix = "image_encoder.blocks.\(block)"
            norm(prefix + ".norm1", width)
            linear(prefix + ".attn.qkv", 3 * width, width)
            linear(prefix + ".attn.proj", width, width)
            let rows = config.globalBlocks.contains(block) ? 2 * stored - 1 : 2 * config.windowSize - 1
            tensors[prefix + ".attn.rel_pos_h"] = uniform([rows, config.headDim], radius: 0.02 * scale)
            tensors[prefix + ".attn.rel_pos_w"] = uniform([rows, config.headDim], radius: 0.02 * scale)
            norm(prefix + ".norm2", width)
            linear(prefix + ".mlp.lin1", config.mlpDim, width)
            linear(prefix + ".mlp.lin2", width, config.mlpDim)
        }
        let neck = config.neckDim
        tensors["image_encoder.neck.0.weight"] = uniform([neck, width, 1, 1], radius: 1 / Float(width).squareRoot())
        norm("image_encoder.neck.1", neck)
        tensors["image_encoder.neck.2.weight"] = uniform([neck, neck, 3, 3], radius: 1 / Float(9 * neck).squareRoot())
        norm("image_encoder.neck.3", neck)
        return tensors
    }

    /// Times ViT-B encoder passes on a random image with seeded random weights (no checkpoint needed).
    ///
    /// One untimed warm-up pass precedes the timed ones; the GEMM thread count is restored afterwards.
    ///
    /// - Parameters:
    ///   - threads: The GEMM thread count.
    ///   - runs: The number of timed passes.
    /// - Returns: The wall time of each timed pass, in milliseconds.
    /// - Throws: `InputError` if the generated weights do not bind (a defect).
    package static func benchmarkViTB(threads: Int, runs: Int = 5) throws -> [Double] {
        let weights = WeightStore(tensors: randomWeights(config: vitB, seed: 7), source: "random ViT-B")
        let encoder = try ImageEncoder(weights)
        try weights.finish()
        var generator = SplitMix64(seed: 8)
        let side = SAMEncoderConfig.imageSize
        let image = Tensor(
            shape: [3, side, side],
            elements: (0..<(3 * side * side)).map { _ in Float.random(in: -2...2, using: &generator) })
        let previous = GEMM.threadCount
        GEMM.threadCount = threads
        defer { GEMM.threadCount = previous }
        let workspace = encoder.makeWorkspace()
        _ = encoder.tokens(of: image, workspace: workspace)
        return (0..<runs).map { _ in
            let start = DispatchTime.now().uptimeNanoseconds
            _ = encoder.tokens(of: image, workspace: workspace)
            return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
        }
    }
}
