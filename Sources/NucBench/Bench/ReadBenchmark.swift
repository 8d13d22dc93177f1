/// Times reading one image and its label map, as an evaluation run reads a Kumar tile
/// (1000×1000 RGB TIFF + HoVer-Net `.mat`).
public struct ReadBenchmark: Sendable {
    /// Milliseconds of one stage over the rounds.
    public struct Timing: Sendable {
        /// What was read.
        public let name: String
        /// Median, milliseconds.
        public let medianMilliseconds: Double
        /// Minimum, milliseconds.
        public let minimumMilliseconds: Double
    }

    /// Image decode, label decode (to a compacted instance map), and both together.
    public let timings: [Timing]

    /// Reads the files `rounds` times each.
    ///
    /// - Parameters:
    ///   - imagePath: An RGB image (TIFF or PNG).
    ///   - labelsPath: A label map in any format `metrics pairs` reads.
    ///   - rounds: Repetitions.
    /// - Throws: `InputError` when a file cannot be read.
    public init(imagePath: String, labelsPath: String, rounds: Int) throws {
        let image = try Self.measure(rounds: rounds) { _ = try ImageFile.readRGB(path: imagePath) }
        let labels = try Self.measure(rounds: rounds) { _ = try LabelMapSource(path: labelsPath).map(at: 0) }
        let both = try Self.measure(rounds: rounds) {
            _ = try ImageFile.readRGB(path: imagePath)
            _ = try LabelMapSource(path: labelsPath).map(at: 0)
        }
        timings = [
            Timing(name: "image \(imagePath)", medianMilliseconds: image.median, minimumMilliseconds: image.minimum),
            Timing(
                name: "labels \(labelsPath)", medianMilliseconds: labels.median, minimumMilliseconds: labels.minimum),
            Timing(name: "image + labels", medianMilliseconds: both.median, minimumMilliseconds: both.minimum),
        ]
    }

    private static func measure(rounds: Int, _ work: () throws -> Void) throws -> (median: Double, minimum: Double) {
        let clock = ContinuousClock()
        var milliseconds: [Double] = []
        for _ in 0..<rounds {
            let elapsed = try clock.measure(work)
            milliseconds.append(
                Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) * 1e-15)
        }
        milliseconds.sort()
        return (milliseconds[milliseconds.count / 2], milliseconds[0])
    }
}
