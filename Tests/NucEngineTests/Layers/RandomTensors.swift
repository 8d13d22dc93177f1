@testable import NucEngine

/// Seeded random tensors for layer and block tests.
struct RandomTensors {
    private var generator: SplitMix64

    init(seed: UInt64) { generator = SplitMix64(seed: seed) }

    /// A tensor of uniform values in `-scale...scale`.
    mutating func tensor(_ shape: [Int], scale: Float = 1) -> Tensor {
        Tensor(
            shape: shape,
            elements: (0..<Tensor.count(of: shape)).map { _ in Float.random(in: -scale...scale, using: &generator) })
    }
}

/// The largest absolute difference between two equally long sequences.
func maxDifference(_ a: [Float], _ b: [Double]) -> Double {
    zip(a, b).map { abs(Double($0) - $1) }.max() ?? 0
}
