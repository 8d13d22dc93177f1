import Foundation

extension Prompter {
    /// Seeded random prompter tensors of a given configuration, for benchmarks and tests.
    ///
    /// Weights of rank ≥ 2 are uniform in ±1/√fan-in; normalisation weights and running variances in
    /// 1 ± 0.1; ConvNeXt `gamma` in 0.2 ± 0.1; biases and running means in ±0.1; the step counter is 0.
    ///
    /// - Parameters:
    ///   - config: The prompter's sizes.
    ///   - seed: The SplitMix64 seed.
    /// - Returns: Every tensor of the state dict (`PrompterConfig.stateDictShapes()`), by key.
    package static func randomWeights(config: PrompterConfig, seed: UInt64) -> [String: Tensor] {
        var generator = SplitMix64(seed: seed)
        var tensors: [String: Tensor] = [:]
        for (key, shape) in config.stateDictShapes().sorted(by: { $0.key < $1.key }) {
            let (center, radius): (Float, Float)
            if shape.isEmpty {
                (center, radius) = (0, 0)
            } else if shape.count >= 2 {
                (center, radius) = (0, 1 / Float(Tensor.count(of: shape) / shape[0]).squareRoot())
            } else if key.hasSuffix("gamma") {
                (center, radius) = (0.2, 0.1)
            } else if key.hasSuffix(".weight") || key.hasSuffix("running_var") {
                (center, radius) = (1, 0.1)
            } else {
                (center, radius) = (0, 0.1)
            }
            tensors[key] = Tensor(
                shape: shape,
                elements: (0..<Tensor.count(of: shape)).map { _ in
                    center + Float.random(in: -radius...radius, using: &generator)
                })
        }
        return tensors
    }

    /// Times passes of a ConvNeXt-S prompter (PanNuke shape: FPN 256, 3 levels, 5 classes, λ 8) on a
    /// random 256×256 image with seeded random weights (no checkpoint needed).
    ///
    /// One untimed warm-up pass precedes the timed ones; the GEMM thread count is restored afterwards.
    /// Each pass is `run(_:spacing:)`: backbone, both FPNs, point heads and mask head (1,024 anchors).
    ///
    /// - Parameters:
    ///   - threads: The GEMM and worker thread count.
    ///   - runs: The number of timed passes.
    /// - Returns: The wall time of each timed pass, in milliseconds.
    /// - Throws: `InputError` if the generated weights do not bind (a defect).
    package static func benchmarkConvNeXtS(threads: Int, runs: Int = 5) throws -> [Double] {
        let config = PrompterConfig.convNeXtSmallPanNuke
        let prompter = try Prompter(
            WeightStore(tensors: randomWeights(config: config, seed: 11), source: "random ConvNeXt-S"))
        var generator = SplitMix64(seed: 12)
        let side = 256
        let image = Tensor(
            shape: [3, side, side],
            elements: (0..<(3 * side * side)).map { _ in Float.random(in: -2...2, using: &generator) })
        let previous = GEMM.threadCount
        GEMM.threadCount = threads
        defer { GEMM.threadCount = previous }
        _ = prompter.run(image, spacing: 8)
        return (0..<runs).map { _ in
            let start = DispatchTime.now().uptimeNanoseconds
            _ = prompter.run(image, spacing: 8)
            return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
        }
    }
}
