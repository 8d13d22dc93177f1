import NucCore
import NucEngine
import Testing

@testable import NucBench

/// `TiledSegmentation` replaying the fixture's synthetic logits, compared stage by stage with the
/// re-implemented reference: tiles, prompt assignment, prompt lists (negatives K = 0, 1, 2 and the
/// reference padding), candidates after the edge rule in order, per-prompt best, box NMS, painting,
/// and a Kumar-B-style run on a reflect-padded input cropped back to the image size.
@Suite struct TiledSegmentationTests {}

extension TiledSegmentationTests {
    static func run(_ testCase: PipelineFixture.Tiled, cache: inout EmbeddingCache<[Int]>) throws -> TiledSegmentation {
        let segmenter = FakeSegmenter(
            prompts: testCase.prompts, shapes: testCase.shapes, base: testCase.iouBase,
            negativeDelta: testCase.iouNegativeDelta, tileStep: testCase.iouTileStep,
            tileBoxes: testCase.tiles.map(\.box))
        let settings = TiledSegmentationSettings(
            overlap: testCase.overlap,
            negatives: NegativePrompts(
                count: testCase.negatives, compatibility: testCase.compat ? .reference : .corrected),
            iouThreshold: testCase.iouThreshold, padMultiple: testCase.padMultiple)
        return try TiledSegmentation(
            image: FakeSegmenter.image(width: testCase.width, height: testCase.height),
            prompts: testCase.prompts.map { Point(x: $0[0], y: $0[1]) }, settings: settings, segmenter: segmenter,
            cache: &cache)
    }

    @Test(arguments: ["tiled_k0", "tiled_k1", "tiled_k2", "tiled_k2_compat", "tiled_padded"])
    func matchesTheReferenceStageByStage(name: String) throws {
        let fixture = try PipelineFixture.load()
        let testCase = try #require(fixture.tiled.first { $0.name == name })
        var cache = EmbeddingCache<[Int]>()
        let result = try Self.run(testCase, cache: &cache)
        #expect(result.grid.tiles.map { [$0.x0, $0.y0, $0.x1, $0.y1] } == testCase.tiles.map(\.box))
        #expect(result.tilePrompts == testCase.tiles.map(\.prompts))
        for (tile, expected) in zip(result.tileQueries, testCase.tiles) where !expected.prompts.isEmpty {
            #expect(tile.map { $0.map { [$0.point.x, $0.point.y] } } == expected.points)
            #expect(tile.map { $0.map(\.label.rawValue) } == expected.labels)
        }
        #expect(result.candidates.map(\.slot) == testCase.tiles.flatMap(\.candidates))
        #expect(result.candidates.map(\.prompt) == testCase.candidateOrder.map(\.prompt))
        #expect(
            result.candidates.map { [$0.box.x1, $0.box.y1, $0.box.x2, $0.box.y2] } == testCase.candidateOrder.map(\.box)
        )
        #expect(result.candidates.map(\.score) == testCase.candidateOrder.map { Float($0.score) })
        #expect(result.perPromptBest == testCase.firstAspect)
        #expect(result.keep == testCase.keep)
        #expect(result.instances == (try PipelineFixture.map(testCase.instances)))
        #expect(cache.computed == testCase.tiles.filter { !$0.prompts.isEmpty }.count)
    }

    @Test func aNegativesSweepReusesTheEmbeddings() throws {
        let fixture = try PipelineFixture.load()
        var cache = EmbeddingCache<[Int]>()
        let base = try #require(fixture.tiled.first { $0.name == "tiled_k1" })
        _ = try Self.run(base, cache: &cache)
        let encoded = cache.computed
        for negatives in [0, 2] {
            let sweep = PipelineFixture.Tiled(copying: base, negatives: negatives)
            _ = try Self.run(sweep, cache: &cache)
        }
        #expect(cache.computed == encoded)
    }

    @Test func edgeRuleKeepsImageEdgesAndDropsInnerTileEdges() {
        let crop = MaskBox(x1: 192, y1: 0, x2: 448, y2: 256)
        let image = MaskBox(x1: 0, y1: 0, x2: 500, y2: 500)
        let inner = MaskBox(x1: 199, y1: 40, x2: 220, y2: 60)
        let clear = MaskBox(x1: 200, y1: 40, x2: 220, y2: 60)
        let top = MaskBox(x1: 300, y1: 0, x2: 320, y2: 20)
        #expect(TiledSegmentation.isNearTileEdge(inner, crop: crop, image: image, tolerance: 7))
        #expect(!TiledSegmentation.isNearTileEdge(clear, crop: crop, image: image, tolerance: 7))
        #expect(!TiledSegmentation.isNearTileEdge(top, crop: crop, image: image, tolerance: 7))
    }
}

extension PipelineFixture.Tiled {
    /// The same image and prompts with another K (for the cache test; expected values unused).
    init(copying other: PipelineFixture.Tiled, negatives: Int) {
        self.init(
            name: other.name, width: other.width, height: other.height, overlap: other.overlap, negatives: negatives,
            compat: false, iouThreshold: other.iouThreshold, padMultiple: other.padMultiple, prompts: other.prompts,
            shapes: other.shapes,
            iouBase: other.iouBase, iouNegativeDelta: other.iouNegativeDelta, iouTileStep: other.iouTileStep,
            tiles: other.tiles, candidateOrder: [], firstAspect: [], keep: [], instances: other.instances)
    }
}
