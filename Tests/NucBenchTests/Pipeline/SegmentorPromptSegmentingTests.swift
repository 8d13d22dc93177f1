import Foundation
import NucBench
import NucEngine
import NucIO
import Testing

/// NucEngine's `Segmentor` through the pipeline's `PromptSegmenting`: encoding once and decoding
/// against the embedding gives exactly what `Segmentor.segment(_:prompts:)` gives.
@Suite struct SegmentorPromptSegmentingTests {
    /// The tiny seeded PromptNucSeg segmentor of the engine's parity fixtures.
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("NucEngineTests/Fixtures/sam-tiny2").path
}

extension SegmentorPromptSegmentingTests {
    @Test func adapterEqualsTheEnginesOwnPass() throws {
        let segmentor = try Segmentor(checkpoint: Self.fixtures + "/segmentor.pth")
        let image = try ImageFile.readRGB(path: Self.fixtures + "/image.png")
        let prompts = try PromptFile.read(path: Self.fixtures + "/prompts.json")
        let embedding = try segmentor.embed(tile: image)
        let output = try segmentor.segment(embedding: embedding, prompts: prompts)
        let direct = try segmentor.segment(image, prompts: prompts)
        #expect(embedding == direct.embedding)
        #expect(output == direct.output)
        #expect(output.iou.count == prompts.count)
    }
}
