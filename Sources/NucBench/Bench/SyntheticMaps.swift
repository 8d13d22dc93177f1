import Foundation

/// Realistic synthetic instance maps for benchmarks: touching elliptic nuclei and a
/// prediction that shifts, misses, splits and adds nuclei, like a real model's output.
///
/// The same seed gives the same maps on every machine, so timings compare like with like.
public struct SyntheticMaps: Sendable {
    /// Ground-truth labels, row-major, non-contiguous ids.
    public let gt: [Int64]
    /// Predicted labels, row-major, non-contiguous ids.
    public let pred: [Int64]
    /// PanNuke class (0…4) of each GT and predicted id, for class-channel maps.
    public let gtClass: [Int64: Int]
    /// PanNuke class (0…4) of each predicted id.
    public let predClass: [Int64: Int]
    /// Side length of the square maps.
    public let size: Int

    /// Draws one pair of maps.
    ///
    /// - Parameters:
    ///   - seed: Random seed.
    ///   - size: Side length in pixels (256 for PanNuke tiles).
    ///   - nuclei: Number of GT nuclei drawn (some may be painted over by neighbours).
    public init(seed: UInt64, size: Int = 256, nuclei: Int = 45) {
        var random = SplitMix64(seed: seed)
        var gt = [Int64](repeating: 0, count: size * size)
        var pred = [Int64](repeating: 0, count: size * size)
        var gtClass: [Int64: Int] = [:]
        var predClass: [Int64: Int] = [:]
        var nextPredId: Int64 = 1_000
        for nucleus in 0..<nuclei {
            let gtId = Int64(7 * nucleus + 3)
            let shape = Ellipse.random(using: &random, size: size)
            let kind = Int.random(in: 0..<5, using: &random)
            shape.paint(gtId, into: &gt, size: size, offsetX: 0, offsetY: 0)
            gtClass[gtId] = kind
            let fate = Double.random(in: 0..<1, using: &random)
            guard fate >= 0.08 else { continue }
            let shiftX = Int.random(in: -2...2, using: &random)
            let shiftY = Int.random(in: -2...2, using: &random)
            var predicted = shape
            predicted.semiMajor *= Double.random(in: 0.85...1.15, using: &random)
            predicted.paint(nextPredId, into: &pred, size: size, offsetX: shiftX, offsetY: shiftY)
            predClass[nextPredId] = fate < 0.9 ? kind : Int.random(in: 0..<5, using: &random)
            nextPredId += Int64.random(in: 1...5, using: &random)
        }
        for _ in 0..<3 {
            Ellipse.random(using: &random, size: size).paint(
                nextPredId, into: &pred, size: size, offsetX: 0, offsetY: 0)
            predClass[nextPredId] = Int.random(in: 0..<5, using: &random)
            nextPredId += 1
        }
        self.gt = gt
        self.pred = pred
        self.gtClass = gtClass
        self.predClass = predClass
        self.size = size
    }

    /// The five PanNuke class channels of one side, each row-major `size × size`.
    ///
    /// - Parameters:
    ///   - labels: `gt` or `pred`.
    ///   - classes: Class of each id on that side.
    /// - Returns: Channels 0…4 holding the instance ids of their class.
    public func classChannels(of labels: [Int64], classes: [Int64: Int]) -> [[Double]] {
        var channels = [[Double]](repeating: [Double](repeating: 0, count: labels.count), count: 5)
        for (pixel, label) in labels.enumerated() where label != 0 {
            channels[classes[label] ?? 0][pixel] = Double(label)
        }
        return channels
    }
}

/// A filled, rotated ellipse.
private struct Ellipse {
    var centreX: Double
    var centreY: Double
    var semiMajor: Double
    var semiMinor: Double
    var angle: Double

    static func random(using random: inout SplitMix64, size: Int) -> Ellipse {
        Ellipse(
            centreX: Double.random(in: 8..<Double(size - 8), using: &random),
            centreY: Double.random(in: 8..<Double(size - 8), using: &random),
            semiMajor: Double.random(in: 5..<11, using: &random),
            semiMinor: Double.random(in: 4..<8, using: &random),
            angle: Double.random(in: 0..<Double.pi, using: &random)
        )
    }

    func paint(_ label: Int64, into labels: inout [Int64], size: Int, offsetX: Int, offsetY: Int) {
        let cosine = cos(angle)
        let sine = sin(angle)
        let reach = Int(semiMajor.rounded(.up)) + 1
        let centreColumn = Int(centreX) + offsetX
        let centreRow = Int(centreY) + offsetY
        for row in max(0, centreRow - reach)...min(size - 1, centreRow + reach) {
            for column in max(0, centreColumn - reach)...min(size - 1, centreColumn + reach) {
                let dx = Double(column - offsetX) - centreX
                let dy = Double(row - offsetY) - centreY
                let along = (dx * cosine + dy * sine) / semiMajor
                let across = (dy * cosine - dx * sine) / semiMinor
                if along * along + across * across <= 1 { labels[row * size + column] = label }
            }
        }
    }
}
