import Foundation
import Testing

@testable import NucBench

/// Pixel facts of an overlay of a 20 × 20 scene: one matched pair, one missed GT nucleus
/// and one false positive, drawn over a flat grey image.
@Suite struct OverlayRendererTests {
    static let side = 20

    /// A map with the given rectangles (rows, columns) labelled 1, 2 and so on.
    static func map(_ boxes: [(ClosedRange<Int>, ClosedRange<Int>)]) throws -> InstanceMap {
        var labels = [Int64](repeating: 0, count: side * side)
        for (label, box) in boxes.enumerated() {
            for row in box.0 { for column in box.1 { labels[row * side + column] = Int64(label + 1) } }
        }
        return try InstanceMap(height: side, width: side, labels: labels)
    }

    /// GT: A (rows 2–7, columns 2–7) and B (12–15, 12–15); prediction: A' (2–7, 3–7), IoU 30/36,
    /// and C (2–4, 12–14), which overlaps nothing.
    static func overlay() throws -> RGBImage {
        let image = RGBImage(height: side, width: side, samples: [UInt8](repeating: 128, count: side * side * 3))
        return try OverlayRenderer.render(
            image: image, gt: try map([(2...7, 2...7), (12...15, 12...15)]),
            pred: try map([(2...7, 3...7), (2...4, 12...14)]), caption: "PQ 0.2778 TP 1 FP 1 FN 1")
    }

    static func colour(_ image: RGBImage, x: Int, y: Int) -> OverlayColour {
        let offset = (y * image.width + x) * 3
        return OverlayColour(
            red: image.samples[offset], green: image.samples[offset + 1], blue: image.samples[offset + 2])
    }

    static let grey = OverlayColour(red: 128, green: 128, blue: 128)
}

extension OverlayRendererTests {
    @Test func sizeAddsTheLegendStripAndWidensToTheCaption() throws {
        let overlay = try Self.overlay()
        #expect(overlay.height == Self.side + OverlayRenderer.legendHeight)
        #expect(overlay.width == 147)  // the 24-character caption: 2 + 143 + 2
    }

    @Test func contoursTakeTheOutcomeColours() throws {
        let overlay = try Self.overlay()
        #expect(Self.colour(overlay, x: 2, y: 2) == .truePositive)  // GT A's corner
        #expect(Self.colour(overlay, x: 7, y: 7) == .truePositive)  // A and A' share this corner
        #expect(Self.colour(overlay, x: 12, y: 12) == .falseNegative)  // GT B's corner
        #expect(Self.colour(overlay, x: 12, y: 2) == .falsePositive)  // C's corner
        #expect(Self.colour(overlay, x: 6, y: 3) == Self.grey)  // inside A and A', off every marker
        #expect(Self.colour(overlay, x: 19, y: 19) == Self.grey)
    }

    @Test func centroidMarkersSitOnTheRoundedCentroids() throws {
        let overlay = try Self.overlay()
        // B's centroid (13.5, 13.5) rounds to (14, 14): a plus with arms of 3.
        for (x, y) in [(14, 14), (17, 14), (11, 14), (14, 17), (14, 11)] {
            #expect(Self.colour(overlay, x: x, y: y) == .falseNegative)
        }
        #expect(Self.colour(overlay, x: 18, y: 14) == Self.grey)
        #expect(Self.colour(overlay, x: 16, y: 16) == Self.grey)
        // C's centroid (13, 3): a cross with diagonal arms of 2, drawn over its contour.
        for (x, y) in [(13, 3), (11, 1), (15, 5), (15, 1), (11, 5)] {
            #expect(Self.colour(overlay, x: x, y: y) == .falsePositive)
        }
        #expect(Self.colour(overlay, x: 16, y: 6) == Self.grey)
    }

    @Test func legendShowsSwatchesWordsAndCaption() throws {
        let overlay = try Self.overlay()
        let top = Self.side + 2
        #expect(Self.colour(overlay, x: 0, y: Self.side) == .legendBackground)
        #expect(Self.colour(overlay, x: 2, y: top) == .truePositive)
        #expect(Self.colour(overlay, x: 28, y: top + 6) == .falsePositive)
        #expect(Self.colour(overlay, x: 54, y: top) == .falseNegative)
        // "TP": the T's top bar spans columns 9–13, its stem is column 11.
        for x in 9...13 { #expect(Self.colour(overlay, x: x, y: top) == .legendText) }
        #expect(Self.colour(overlay, x: 11, y: top + 6) == .legendText)
        #expect(Self.colour(overlay, x: 9, y: top + 6) == .legendBackground)
        // The caption starts with P, whose first column is lit on all 7 rows.
        for y in (top + 10)...(top + 16) { #expect(Self.colour(overlay, x: 2, y: y) == .legendText) }
    }

    @Test func renderingIsDeterministicDownToThePNGBytes() throws {
        let overlay = try Self.overlay()
        #expect(try Self.overlay() == overlay)
        var digest = SHA256()
        digest.update(overlay.samples)
        // Recorded from this renderer (2026-11-25); any change to colours, markers, font or
        // layout changes it. Re-record by printing `digest.hexDigest()` after reviewing the PNG.
        #expect(digest.hexDigest() == "b9e61c874eeb2d410f496209f5768da31445a6f22b4d98fb4536ae078e9cf684")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("overlay-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = folder.appendingPathComponent("a.png").path
        let second = folder.appendingPathComponent("b.png").path
        try PNGFile.writeRGB(overlay, to: first)
        try PNGFile.writeRGB(overlay, to: second)
        #expect(try Data(contentsOf: URL(fileURLWithPath: first)) == Data(contentsOf: URL(fileURLWithPath: second)))
        guard case .rgb(let decoded) = try PNGFile.read(path: first) else {
            Issue.record("the overlay PNG does not read back as RGB")
            return
        }
        #expect(decoded == overlay)
    }

    @Test func mismatchedSizesAreAnInputError() throws {
        let image = RGBImage(height: 2, width: 3, samples: [UInt8](repeating: 0, count: 18))
        #expect(
            throws: InputError("overlay: the image is 2×3 but the ground truth is 20×20 and the prediction 20×20")
        ) {
            try OverlayRenderer.render(image: image, gt: try Self.map([]), pred: try Self.map([]))
        }
    }
}
