import Dispatch

/// Timings of the generic ops on the prompter's and mask decoder's shapes (256×256 input), for
/// `Tools/bench`; random inputs and weights, no checkpoint needed.
package enum OpsBenchmark {
    /// One timed case: its name and the wall time of each timed call, in milliseconds.
    package typealias Timing = (name: String, milliseconds: [Double])

    /// Times each op `runs` times after one untimed warm-up call.
    ///
    /// The GEMM thread count (which also sizes the ops' own thread partition) is restored afterwards.
    ///
    /// - Parameters:
    ///   - threads: The thread count.
    ///   - runs: The number of timed calls per case.
    /// - Returns: The timings, one per case.
    package static func timings(threads: Int, runs: Int) -> [Timing] {
        let previous = GEMM.threadCount
        GEMM.threadCount = threads
        defer { GEMM.threadCount = previous }
        var generator = SplitMix64(seed: 11)
        func random(_ shape: [Int]) -> Tensor {
            Tensor(
                shape: shape,
                elements: (0..<Tensor.count(of: shape)).map { _ in Float.random(in: -1...1, using: &generator) })
        }
        let stage1 = random([96, 64, 64])
        let pyramid = random([256, 64, 64])
        let small = Convolution(weight: random([96, 96, 3, 3]), bias: random([96]), padding: 1)
        let large = Convolution(weight: random([256, 256, 3, 3]), bias: random([256]), padding: 1)
        let depthwise = DepthwiseConvolution(weight: random([96, 1, 7, 7]), bias: random([96]), padding: 3)
        let upscaling = TransposedConvolution(weight: random([256, 64, 2, 2]), bias: random([64]))
        let norm = ChannelLayerNorm(weight: random([256]), bias: random([256]), epsilon: 1e-6)
        let mask = random([1, 66, 66])
        let coarse = random([256, 32, 32])
        let points = (0..<1024).map { index -> (x: Float, y: Float) in
            let (column, row) = (Float(index % 32), Float(index / 32))
            return (x: column / 16 - 0.97, y: row / 16 - 0.97)
        }
        var scratch = ConvolutionScratch()
        let cases: [(String, () -> Void)] = [
            ("conv 3×3 96→96 at 64×64", { _ = small(stage1, scratch: &scratch) }),
            ("conv 3×3 256→256 at 64×64", { _ = large(pyramid, scratch: &scratch) }),
            ("depthwise 7×7 96 at 64×64", { _ = depthwise(stage1) }),
            ("transposed conv 2×2 256→64 at 64×64", { _ = upscaling(pyramid, scratch: &scratch) }),
            ("LayerNorm2d 256 at 64×64", { _ = norm(pyramid) }),
            (
                "bilinear 66→256 (align corners)",
                { _ = Interpolation.bilinear(mask, height: 256, width: 256, alignCorners: true) }
            ),
            ("nearest 256×32×32 → 64×64", { _ = Interpolation.nearest(coarse, height: 64, width: 64) }),
            ("grid sample 256×64×64 at 1024 points", { _ = GridSample.bilinear(pyramid, points: points) }),
        ]
        return cases.map { name, body in
            body()
            return (
                name,
                (0..<runs).map { _ in
                    let start = DispatchTime.now().uptimeNanoseconds
                    body()
                    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
                }
            )
        }
    }
}
