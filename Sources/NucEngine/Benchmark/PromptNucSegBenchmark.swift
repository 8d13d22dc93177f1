import Dispatch

/// Times whole PromptNucSeg-B passes on one 256×256 image with seeded random weights at the official shapes.
///
/// A pass is what `nucbench infer` does for a PanNuke-sized image: the ConvNeXt-S prompter
/// (PanNuke preset, 1,024 anchors) with its post-processing, the ViT-B image encoder once, and
/// the prompt encoder and mask decoder on 40 prompts (standing for 40 nuclei; random weights
/// propose arbitrary points) once per negatives count K, each prompt with its K nearest other
/// prompts as negatives — so a sweep over K shares the prompter and the encoder.
package enum PromptNucSegBenchmark {
    /// The milliseconds of each timed pass, after one untimed warm-up pass.
    ///
    /// - Parameters:
    ///   - negatives: The K values decoded in each pass.
    ///   - prompts: Prompts per image.
    ///   - threads: The engine's thread count (restored afterwards).
    ///   - runs: Timed passes.
    /// - Returns: The wall time of each timed pass.
    /// - Throws: `InputError` if the generated weights do not bind (a defect).
    package static func timings(negatives: [Int], prompts: Int = 40, threads: Int, runs: Int) throws -> [Double] {
        let prompter = try Prompter(
            WeightStore(
                tensors: Prompter.randomWeights(config: .convNeXtSmallPanNuke, seed: 11), source: "random ConvNeXt-S"))
        let encoder = try ImageEncoder(
            WeightStore(tensors: ImageEncoder.randomWeights(config: ImageEncoder.vitB, seed: 7), source: "random ViT-B")
        )
        let decoder = PromptDecoder.random(config: SAMConfig.samDecoder, seed: 2023)
        var generator = SplitMix64(seed: 12)
        let image = RGBImage(
            height: 256, width: 256,
            samples: (0..<(256 * 256 * 3)).map { _ in UInt8.random(in: 0...255, using: &generator) })
        let points = (0..<prompts).map { _ in
            (x: Double.random(in: 0..<256, using: &generator), y: Double.random(in: 0..<256, using: &generator))
        }
        let batches = negatives.map { k in batch(points, negatives: k) }
        let previous = GEMM.threadCount
        GEMM.threadCount = threads
        defer { GEMM.threadCount = previous }
        let pass = {
            let output = try prompter(image, spacing: 8)
            _ = PromptPostProcessing.prompts(output, settings: .preset(.pannuke))
            let embedding = encoder(try Segmentor.normalized(image))
            for batch in batches { _ = decoder.decode(embedding: embedding, prompts: batch) }
        }
        try pass()
        return try (0..<max(1, runs)).map { _ in
            let start = DispatchTime.now().uptimeNanoseconds
            try pass()
            return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
        }
    }

    /// Each point as a positive prompt with its `k` nearest other points as negatives (ties to the lower index).
    private static func batch(_ points: [(x: Double, y: Double)], negatives k: Int) -> [[PromptPoint]] {
        points.indices.map { index in
            let nearest = points.indices.filter { $0 != index }.sorted { a, b in
                let da = squaredDistance(points[a], points[index])
                let db = squaredDistance(points[b], points[index])
                return da == db ? a < b : da < db
            }
            return [PromptPoint(x: points[index].x, y: points[index].y, label: .positive)]
                + nearest.prefix(k).map { PromptPoint(x: points[$0].x, y: points[$0].y, label: .negative) }
        }
    }

    private static func squaredDistance(_ a: (x: Double, y: Double), _ b: (x: Double, y: Double)) -> Double {
        (a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y)
    }
}
