/// Times the per-image metrics on realistic synthetic 256×256 maps (~45 nuclei).
///
/// Each stage is timed over all images, repeated for several rounds; the report gives the
/// median and minimum per-image time. Compare with the reference Python implementations
/// side by side on the same machine (`Tools/bench/side_by_side.sh`).
public struct MetricsBenchmark: Sendable {
    /// Per-image time of one stage, over the rounds.
    public struct Timing: Sendable {
        /// Median, milliseconds.
        public let medianMilliseconds: Double
        /// Minimum, milliseconds.
        public let minimumMilliseconds: Double
    }

    /// One timed stage.
    public struct Stage: Sendable {
        /// Stable key, shared with the reference timing script.
        public let key: String
        /// What was timed.
        public let name: String
        /// One image after another on one thread (latency per image).
        public let singleThread: Timing
        /// Images spread over the worker threads: wall time per image, the throughput.
        public let parallel: Timing
    }

    /// The benchmark's input maps.
    public let samples: [SyntheticMaps]
    /// Rounds per stage.
    public let rounds: Int
    /// Worker threads of the throughput timings.
    public let threads: Int
    /// The measured stages.
    public private(set) var stages: [Stage] = []

    /// Runs the benchmark.
    ///
    /// - Parameters:
    ///   - images: Number of synthetic pairs.
    ///   - rounds: Repetitions of each stage.
    ///   - threads: Worker threads of the throughput timings.
    ///   - seed: Seed of the synthetic maps.
    /// - Throws: Map construction errors (none for valid synthetic maps).
    public init(images: Int, rounds: Int, threads: Int, seed: UInt64) throws {
        self.rounds = rounds
        self.threads = threads
        let samples = (0..<images).map { SyntheticMaps(seed: seed &+ UInt64($0)) }
        self.samples = samples
        let maps = try samples.map { sample in
            (
                gt: try InstanceMap(height: sample.size, width: sample.size, labels: sample.gt),
                pred: try InstanceMap(height: sample.size, width: sample.size, labels: sample.pred)
            )
        }
        let channels = samples.map { sample in
            (
                gt: sample.classChannels(of: sample.gt, classes: sample.gtClass),
                pred: sample.classChannels(of: sample.pred, classes: sample.predClass)
            )
        }
        try time("remap", "compact ids of GT and prediction (remap_label ×2)") { index in
            let sample = samples[index]
            _ = try InstanceMap(height: sample.size, width: sample.size, labels: sample.gt)
            _ = try InstanceMap(height: sample.size, width: sample.size, labels: sample.pred)
        }
        try time("pq", "PQ: overlap table, matching, DQ/SQ/PQ") { index in
            _ = PanopticMatching(try OverlapTable(gt: maps[index].gt, pred: maps[index].pred)).counts.quality()
        }
        try time("aji", "AJI: overlap table, argmax pairing") { index in
            _ = AggregatedJaccardCounts.monuseg(try OverlapTable(gt: maps[index].gt, pred: maps[index].pred))
        }
        try time("aji_plus", "AJI+: overlap table, assignment") { index in
            _ = AggregatedJaccardCounts.plus(try OverlapTable(gt: maps[index].gt, pred: maps[index].pred))
        }
        try time("dice2", "ensemble Dice: overlap table") { index in
            _ = DiceCoefficients.ensemble(try OverlapTable(gt: maps[index].gt, pred: maps[index].pred))
        }
        try time("pannuke_image", "PanNuke image: binarize ×2, bPQ, 5 class PQs") { index in
            _ = try PanNukeImageCounts(gt: channels[index].gt, pred: channels[index].pred, height: 256, width: 256)
        }
    }

    /// Times `work` over every image on one thread (latency) and on `threads` threads (throughput).
    private mutating func time(
        _ key: String, _ name: String, _ work: @escaping @Sendable (Int) throws -> Void
    ) throws {
        let images = samples.count
        let serial = try measure { for index in 0..<images { try work(index) } }
        let threads = threads
        let parallel = try measure { _ = try parallelMap(count: images, threads: threads, work) }
        stages.append(Stage(key: key, name: name, singleThread: serial, parallel: parallel))
    }

    /// Median and minimum over the rounds of the per-image time of `work`, in milliseconds.
    private func measure(_ work: () throws -> Void) rethrows -> Timing {
        let clock = ContinuousClock()
        var perImage: [Double] = []
        for _ in 0..<rounds {
            let elapsed = try clock.measure(work)
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
            perImage.append(seconds * 1000 / Double(samples.count))
        }
        perImage.sort()
        return Timing(medianMilliseconds: perImage[perImage.count / 2], minimumMilliseconds: perImage[0])
    }

    /// The stages as JSON: `{"images", "rounds", "threads", "stages": [{"name", "description", "median_ms",
    /// "min_ms", "parallel_median_ms", "parallel_min_ms"}]}` (single-thread times first).
    public var json: JSON {
        .object([
            ("images", .int(samples.count)), ("rounds", .int(rounds)), ("threads", .int(threads)),
            (
                "stages",
                .array(
                    stages.map { stage in
                        .object([
                            ("name", .string(stage.key)), ("description", .string(stage.name)),
                            ("median_ms", .double(stage.singleThread.medianMilliseconds)),
                            ("min_ms", .double(stage.singleThread.minimumMilliseconds)),
                            ("parallel_median_ms", .double(stage.parallel.medianMilliseconds)),
                            ("parallel_min_ms", .double(stage.parallel.minimumMilliseconds)),
                        ])
                    })
            ),
        ])
    }

    /// Writes the input maps as `.npy` for the reference timing script: `gt.npy`, `pred.npy`
    /// (N, 256, 256) int64 and `pannuke_true.npy`, `pannuke_pred.npy` (N, 256, 256, 6) float64.
    ///
    /// - Parameter directory: An existing directory.
    /// - Throws: `InputError` when a file cannot be written.
    public func exportMaps(to directory: String) throws {
        let size = samples.first?.size ?? 256
        let count = samples.count
        try NpyWriter.write(samples.flatMap(\.gt), shape: [count, size, size], to: directory + "/gt.npy")
        try NpyWriter.write(samples.flatMap(\.pred), shape: [count, size, size], to: directory + "/pred.npy")
        func interleaved(_ channels: (SyntheticMaps) -> [[Double]]) -> [Double] {
            samples.flatMap { sample -> [Double] in
                let planes = channels(sample)
                var pixels = [Double](repeating: 0, count: size * size * 6)
                for pixel in 0..<(size * size) {
                    for channel in 0..<5 { pixels[pixel * 6 + channel] = planes[channel][pixel] }
                }
                return pixels
            }
        }
        let shape = [count, size, size, 6]
        try NpyWriter.write(
            interleaved { $0.classChannels(of: $0.gt, classes: $0.gtClass) }, shape: shape,
            to: directory + "/pannuke_true.npy")
        try NpyWriter.write(
            interleaved { $0.classChannels(of: $0.pred, classes: $0.predClass) }, shape: shape,
            to: directory + "/pannuke_pred.npy")
    }
}
