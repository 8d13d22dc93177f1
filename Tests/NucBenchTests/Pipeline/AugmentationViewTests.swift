import NucCore
import NucEngine
import Testing

@testable import NucBench

/// The six test-time-augmentation views: image, prompt and logit mappings, and the averaging.
@Suite struct AugmentationViewTests {
    /// A 256 tile whose pixel (x, y) holds (x, y, 0).
    static let tile = FakeSegmenter.image(width: 256, height: 256)

    /// The red channel of an image as a logit plane.
    static func plane(_ image: RGBImage) -> [Float] {
        stride(from: 0, to: image.samples.count, by: 3).map { Float(image.samples[$0]) }
    }
}

extension AugmentationViewTests {
    @Test(arguments: AugmentationView.allCases)
    func exactPointMappingFollowsThePixels(view: AugmentationView) {
        let viewed = view.apply(to: Self.tile)
        for (x, y) in [(0, 0), (17, 200), (255, 3), (128, 128)] {
            let moved = view.apply(
                to: PromptPoint(x: Double(x), y: Double(y), label: .positive), side: 256, mapping: .exact)
            let offset = (Int(moved.point.y) * 256 + Int(moved.point.x)) * 3
            #expect(
                viewed.samples[offset] == UInt8(x) && viewed.samples[offset + 1] == UInt8(y), "\(view) (\(x), \(y))")
        }
    }

    @Test func referenceMappingRotatesAbout128() {
        let point = PromptPoint(x: 10, y: 20, label: .negative)
        let mapped = [AugmentationView.rotation90, .rotation180, .rotation270].map {
            $0.apply(to: point, side: 256, mapping: .reference).point
        }
        #expect(mapped == [Point(x: 20, y: 246), Point(x: 246, y: 236), Point(x: 236, y: 10)])
        #expect(
            AugmentationView.horizontalFlip.apply(to: point, side: 256, mapping: .reference).point
                == Point(x: 245, y: 20))
        #expect(
            AugmentationView.verticalFlip.apply(to: point, side: 256, mapping: .reference).point == Point(x: 10, y: 235)
        )
    }

    @Test(arguments: AugmentationView.allCases)
    func restoreUndoesTheView(view: AugmentationView) {
        #expect(view.restore(Self.plane(view.apply(to: Self.tile)), side: 256) == Self.plane(Self.tile))
    }

    @Test func exactViewsAverageToTheIdentityForAnEquivariantSegmenter() throws {
        let prompts = [[PromptPoint(x: 40, y: 70, label: .positive)], [PromptPoint(x: 200, y: 9, label: .positive)]]
        var cache = EmbeddingCache<[Int]>()
        let plain = try TileDecoder(segmenter: DiscSegmenter(), augmentation: nil)
            .output(tile: Self.tile, x: 0, y: 0, prompts: prompts, cache: &cache)
        let exact = try TileDecoder(segmenter: DiscSegmenter(), augmentation: .exact)
            .output(tile: Self.tile, x: 0, y: 0, prompts: prompts, cache: &cache)
        let reference = try TileDecoder(segmenter: DiscSegmenter(), augmentation: .reference)
            .output(tile: Self.tile, x: 0, y: 0, prompts: prompts, cache: &cache)
        #expect(exact == plain)
        #expect(reference.logits != plain.logits)
        #expect(reference.iou == plain.iou)
        #expect(cache.computed == 6)
    }
}

/// Logits of a disc of radius 9 around the floored prompt point, IoU 0.75: equivariant under
/// every view.
private struct DiscSegmenter: PromptSegmenting {
    func embed(tile: RGBImage) throws -> [Int] { [] }

    func segment(embedding: [Int], prompts: [[PromptPoint]]) throws -> SegmentorOutput {
        var logits: [Float] = []
        for prompt in prompts {
            let (cx, cy) = (Int(prompt[0].point.x), Int(prompt[0].point.y))
            for y in 0..<256 {
                for x in 0..<256 { logits.append(Float(81 - (x - cx) * (x - cx) - (y - cy) * (y - cy))) }
            }
        }
        return SegmentorOutput(
            logits: Tensor(shape: [prompts.count, 256, 256], elements: logits),
            iou: [Float](repeating: 0.75, count: prompts.count))
    }
}
