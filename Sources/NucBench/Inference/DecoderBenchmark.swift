import NucEngine

/// Times SAM's prompt encoder and mask decoder on one image's prompts with seeded random ViT-B-sized
/// decoder weights (spec performance.md: 40 prompts, PyTorch 140 ms on 2 threads).
public struct DecoderBenchmark: Sendable {
    /// The milliseconds of each timed pass, in order.
    public let milliseconds: [Double]

    /// Runs one untimed warm-up pass, then `rounds` timed passes.
    ///
    /// - Parameters:
    ///   - prompts: Prompts per image.
    ///   - negatives: Negative points per prompt (PromptNucSeg's K).
    ///   - threads: OpenBLAS and worker threads.
    ///   - rounds: Timed passes (≥ 1).
    public init(prompts: Int = 40, negatives: Int = 1, threads: Int, rounds: Int) {
        milliseconds = PromptDecoder.benchmarkDecoder(
            prompts: prompts, negatives: negatives, threads: threads, rounds: max(1, rounds))
    }

    /// The median pass, milliseconds.
    public var median: Double { milliseconds.sorted()[milliseconds.count / 2] }

    /// The fastest pass, milliseconds.
    public var minimum: Double { milliseconds.min() ?? 0 }
}
