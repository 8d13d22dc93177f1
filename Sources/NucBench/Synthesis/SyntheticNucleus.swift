import Foundation
import NucCore

/// One synthetic nucleus: its class and outline polygon, from which both the image and
/// the ground truth are drawn.
///
/// The outline is an ellipse whose radius is modulated by two low harmonics with random
/// phases (lobes and indentations) and a little per-vertex jitter, scaled by the class's
/// `irregularity`. Vertices are rounded to quarter pixels and clamped into the image, so
/// their decimal text is exact and the XML written for them reads back to the same polygon.
struct SyntheticNucleus: Sendable {
    /// Its class.
    let kind: NucleusKind
    /// Centre column.
    let x: Double
    /// Centre row.
    let y: Double
    /// Major semi-axis, pixels.
    let radius: Double
    /// The outline, `x` the column and `y` the row.
    let polygon: [Point]

    /// The number of outline vertices.
    static let vertexCount = 24

    /// Draws a nucleus of `kind` centred at (`x`, `y`).
    ///
    /// - Parameters:
    ///   - kind: The class.
    ///   - x: Centre column.
    ///   - y: Centre row.
    ///   - height: Image rows, for clamping.
    ///   - width: Image columns, for clamping.
    ///   - random: The generator.
    init(kind: NucleusKind, x: Double, y: Double, height: Int, width: Int, random: inout SplitMix64) {
        self.kind = kind
        self.x = x
        self.y = y
        let major = random.uniform(kind.majorRadius.lowerBound, kind.majorRadius.upperBound)
        let minor = major * random.uniform(kind.aspectRatio.lowerBound, kind.aspectRatio.upperBound)
        radius = major
        let angle = random.uniform(0, Double.pi)
        let (phase2, phase3) = (random.uniform(0, 2 * Double.pi), random.uniform(0, 2 * Double.pi))
        let (weight2, weight3) = (random.unit(), random.unit())
        let (cosine, sine) = (cos(angle), sin(angle))
        var outline: [Point] = []
        for vertex in 0..<Self.vertexCount {
            let theta = 2 * Double.pi * Double(vertex) / Double(Self.vertexCount)
            let wobble =
                weight2 * sin(2 * theta + phase2) + weight3 * sin(3 * theta + phase3) + random.uniform(-0.5, 0.5)
            let scale = max(0.35, 1 + kind.irregularity * wobble)
            let (along, across) = (major * scale * cos(theta), minor * scale * sin(theta))
            let column = Self.quarter(x + along * cosine - across * sine, limit: width - 1)
            let row = Self.quarter(y + along * sine + across * cosine, limit: height - 1)
            outline.append(Point(x: column, y: row))
        }
        polygon = outline
    }

    /// `value` rounded to a quarter pixel and clamped to 0…limit.
    private static func quarter(_ value: Double, limit: Int) -> Double {
        min(Double(limit), max(0, (value * 4).rounded() / 4))
    }
}
