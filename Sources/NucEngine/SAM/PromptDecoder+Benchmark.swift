import Dispatch

extension PromptDecoder {
    /// A decoder with seeded random weights, for timing and tests that need no checkpoint.
    ///
    /// - Parameters:
    ///   - config: The decoder sizes (`SAMConfig.samDecoder` for B/L/H).
    ///   - seed: The weights' seed.
    /// - Returns: The decoder; weights are uniform in ±1/√fan-in, LayerNorm scales near 1.
    package static func random(config: MaskDecoderConfig, seed: UInt64) -> PromptDecoder {
        var generator = SplitMix64(seed: seed)
        var tensors: [String: Tensor] = [:]
        for (key, shape) in tensorShapes(config: config) {
            let bound = 1 / Float(shape.count > 1 ? shape.dropFirst().reduce(1, *) : shape[0]).squareRoot()
            let offset: Float = key.contains("norm") && key.hasSuffix(".weight") ? 1 : 0
            tensors[key] = Tensor(
                shape: shape,
                elements: (0..<Tensor.count(of: shape)).map { _ in
                    offset + Float.random(in: -bound...bound, using: &generator)
                })
        }
        return PromptDecoder(
            WeightStore(tensors: tensors, source: "random"), config: config, imageSize: 256, gridSize: 16)
    }

    /// Times the prompt encoder and mask decoder on one image's prompts with SAM-sized random weights.
    ///
    /// Each prompt is a positive point and `negatives` negative points (PromptNucSeg's K), at seeded
    /// random positions; one untimed warm-up pass precedes the timed rounds.
    ///
    /// - Parameters:
    ///   - prompts: Prompts per image (40 in the performance target).
    ///   - negatives: Negative points per prompt (K).
    ///   - threads: OpenBLAS threads.
    ///   - rounds: Timed passes.
    /// - Returns: The milliseconds of each timed pass.
    package static func benchmarkDecoder(prompts: Int = 40, negatives: Int = 1, threads: Int, rounds: Int = 5)
        -> [Double]
    {
        GEMM.threadCount = threads
        let decoder = random(config: SAMConfig.samDecoder, seed: 2023)
        var generator = SplitMix64(seed: 7)
        let embedding = Tensor(
            shape: [256, 16, 16], elements: (0..<(256 * 256)).map { _ in Float.random(in: -1...1, using: &generator) })
        let batch = (0..<prompts).map { _ in
            (0...negatives).map { index in
                PromptPoint(
                    x: Double.random(in: 0..<256, using: &generator), y: Double.random(in: 0..<256, using: &generator),
                    label: index == 0 ? .positive : .negative)
            }
        }
        _ = decoder.decode(embedding: embedding, prompts: batch)
        return (0..<rounds).map { _ in
            let start = DispatchTime.now().uptimeNanoseconds
            _ = decoder.decode(embedding: embedding, prompts: batch)
            return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
        }
    }
}
