import NucBench
import NucCore
import Testing

/// `PanNukeSegmentation` replaying the fixture's synthetic logits: boxes, NMS keep order, the
/// binary map, the five class channels and the merged class map, all exact.
@Suite struct PanNukeSegmentationTests {}

extension PanNukeSegmentationTests {
    @Test func matchesTheReferenceStageByStage() throws {
        let fixture = try PipelineFixture.load().pannuke
        let zeros = [Double](repeating: 0, count: fixture.prompts.count)
        let segmenter = FakeSegmenter(
            prompts: fixture.prompts, shapes: fixture.shapes, base: fixture.iouBase, negativeDelta: zeros,
            tileStep: zeros, tileBoxes: [[0, 0, 256, 256]])
        let prompts = fixture.prompts.enumerated().map { index, point in
            TypedPoint(Point(x: point[0], y: point[1]), type: fixture.classes[index])
        }
        var cache = EmbeddingCache<[Int]>()
        let result = try PanNukeSegmentation(
            image: FakeSegmenter.image(width: 256, height: 256), prompts: prompts, segmenter: segmenter,
            iouThreshold: fixture.iouThreshold, cache: &cache)
        let boxes = result.masks.map { $0.box.map { [$0.x1, $0.y1, $0.x2, $0.y2] } ?? [0, 0, 0, 0] }
        #expect(boxes == fixture.boxes)
        #expect(result.keep == fixture.keep)
        #expect(result.keep.count < prompts.count)
        #expect(result.instances == (try PipelineFixture.map(fixture.instances)))
        #expect(result.classChannels.flatMap { $0 } == (try PipelineFixture.map(fixture.channels)))
        #expect(result.classMap.map { Int32($0) } == (try PipelineFixture.map(fixture.classMap)))
        #expect(cache.computed == 1)
    }

    @Test func noPromptsGiveEmptyMaps() throws {
        let segmenter = FakeSegmenter(
            prompts: [], shapes: [], base: [], negativeDelta: [], tileStep: [], tileBoxes: [[0, 0, 256, 256]])
        var cache = EmbeddingCache<[Int]>()
        let result = try PanNukeSegmentation(
            image: FakeSegmenter.image(width: 256, height: 256), prompts: [], segmenter: segmenter, cache: &cache)
        #expect(result.keep.isEmpty)
        #expect(result.instances.allSatisfy { $0 == 0 })
        #expect(cache.computed == 0)
    }

    @Test func refusesOtherSizesAndClasses() {
        let segmenter = FakeSegmenter(prompts: [], shapes: [], base: [], negativeDelta: [], tileStep: [], tileBoxes: [])
        var cache = EmbeddingCache<[Int]>()
        #expect(throws: InputError("image is 300×256; the PanNuke path takes 256×256 images")) {
            try PanNukeSegmentation(
                image: FakeSegmenter.image(width: 300, height: 256), prompts: [], segmenter: segmenter, cache: &cache)
        }
        #expect(throws: InputError("prompt class 5 is not a PanNuke class (0…4)")) {
            try PanNukeSegmentation(
                image: FakeSegmenter.image(width: 256, height: 256), prompts: [TypedPoint(Point(x: 1, y: 1), type: 5)],
                segmenter: segmenter, cache: &cache)
        }
    }
}
