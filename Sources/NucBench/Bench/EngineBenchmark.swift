import NucEngine

/// Times the engine's PromptNucSeg stages at the official shapes with seeded random weights.
///
/// Stages and the work they do per pass (FLOP counts from `../shared/spec/performance.md`, the
/// multiply-adds each stage must do, counted twice):
/// - `encoder`: the SAM ViT-B image encoder on one 256×256 image; 46.4 GFLOP pad-aware (69.0 with padded windows).
/// - `decoder`: the prompt encoder and mask decoder on 40 prompts with one negative each, batched; ≈ 11 GFLOP.
/// - `prompter`: the ConvNeXt-S prompter with two FPNs and its heads on one 256×256 image; 43.5 GFLOP.
/// - `pipeline`: PromptNucSeg-B on one 256×256 image — prompter with post-processing, encoder, 40 prompts
///   (K = 0); ≈ 100 GFLOP.
/// - `sweep`: the same with the 40 prompts decoded for K = 0, 1 and 2 (one prompter and encoder pass); ≈ 122 GFLOP.
/// Each stage runs one untimed warm-up pass, then `runs` timed passes, at every requested thread count.
public struct EngineBenchmark: Sendable {
    /// One stage of the pipeline.
    public enum Stage: String, CaseIterable, Sendable {
        /// The ViT-B image encoder.
        case encoder
        /// Prompt encoder + mask decoder, 40 prompts, K = 1.
        case decoder
        /// The ConvNeXt-S prompter.
        case prompter
        /// Prompter, encoder and a 40-prompt decoder pass.
        case pipeline
        /// Prompter, encoder and 40-prompt decoder passes for K = 0, 1, 2.
        case sweep

        /// The floating-point operations of one pass (performance.md), for the achieved rate.
        public var gigaFLOP: Double {
            switch self {
            case .encoder: return 46.4
            case .decoder: return 11.0
            case .prompter: return 43.5
            case .pipeline: return 100.4
            case .sweep: return 122.4
            }
        }
    }

    /// The timings of one stage at one thread count.
    public struct Measurement: Sendable {
        /// The stage.
        public let stage: Stage
        /// The engine's thread count.
        public let threads: Int
        /// The milliseconds of each timed pass, in order.
        public let milliseconds: [Double]

        /// The median pass, milliseconds.
        public var median: Double { milliseconds.sorted()[milliseconds.count / 2] }

        /// The fastest pass, milliseconds.
        public var minimum: Double { milliseconds.min() ?? 0 }

        /// The achieved rate of the median pass, GFLOP/s.
        public var gigaFLOPPerSecond: Double { stage.gigaFLOP / (median / 1000) }
    }

    /// Every measurement, stage by stage, thread count by thread count.
    public let measurements: [Measurement]

    /// Runs the stages.
    ///
    /// - Parameters:
    ///   - stages: The stages to time.
    ///   - threads: The thread counts to time each stage at.
    ///   - runs: Timed passes per stage and thread count (≥ 1).
    /// - Throws: `InputError` if generated weights fail to bind (a defect).
    public init(stages: [Stage], threads: [Int], runs: Int) throws {
        let previous = GEMM.threadCount
        defer { GEMM.threadCount = previous }
        var measurements: [Measurement] = []
        for stage in stages {
            for count in threads {
                measurements.append(
                    Measurement(
                        stage: stage, threads: count, milliseconds: try Self.time(stage, threads: count, runs: runs)))
            }
        }
        self.measurements = measurements
    }

    private static func time(_ stage: Stage, threads: Int, runs: Int) throws -> [Double] {
        switch stage {
        case .encoder: return try ImageEncoder.benchmarkViTB(threads: threads, runs: max(1, runs))
        case .decoder:
            return PromptDecoder.benchmarkDecoder(prompts: 40, negatives: 1, threads: threads, rounds: max(1, runs))
        case .prompter: return try Prompter.benchmarkConvNeXtS(threads: threads, runs: max(1, runs))
        case .pipeline: return try PromptNucSegBenchmark.timings(negatives: [0], threads: threads, runs: runs)
        case .sweep: return try PromptNucSegBenchmark.timings(negatives: [0, 1, 2], threads: threads, runs: runs)
        }
    }

    /// One JSON object per measurement, as `Tools/bench/pytorch_engine_timing.py` prints them.
    public var jsonLines: [String] {
        measurements.map { measurement in
            JSON.object([
                ("stage", .string(measurement.stage.rawValue)), ("threads", .int(measurement.threads)),
                ("runs", .int(measurement.milliseconds.count)), ("median_ms", .double(measurement.median)),
                ("min_ms", .double(measurement.minimum)), ("gflop_per_s", .double(measurement.gigaFLOPPerSecond)),
            ]).rendered
        }
    }
}
