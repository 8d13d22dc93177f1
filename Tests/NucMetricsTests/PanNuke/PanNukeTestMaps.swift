import NucMetrics

/// Hand-made PanNuke masks for the protocol tests: 4 × 4 images, pixels numbered row-major.
enum PanNukeTestMaps {
    /// Pixels of a test image.
    static let pixelCount = 16

    /// PQ of one perfectly matched pair: DQ 1, SQ = 1 / (1 + 1e-6).
    static let perfect = 1.0 / (1.0 + 1.0e-6)

    /// One channel: each stored value painted on its pixels, 0 elsewhere.
    static func channel(_ instances: [Double: [Int]]) -> [Double] {
        var values = [Double](repeating: 0, count: pixelCount)
        for (value, pixels) in instances {
            for pixel in pixels { values[pixel] = value }
        }
        return values
    }

    /// Five channels from the given ones (by class index); the others are empty.
    static func masks(_ channels: [Int: [Double: [Int]]]) throws -> PanNukeMasks {
        try PanNukeMasks(
            height: 4, width: 4, channels: (0..<5).map { channel(channels[$0] ?? [:]) }
        )
    }

    /// Whether a score is NaN in the reference.
    static func isNaN(_ score: MetricResult<Double>) -> Bool {
        score.undefined?.kind == .notANumber
    }
}
