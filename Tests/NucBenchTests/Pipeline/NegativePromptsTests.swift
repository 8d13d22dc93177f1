import NucBench
import NucCore
import NucEngine
import Testing

/// `NegativePrompts` against `add_k_nearest_neg_prompt` (fixture), for K = 0…3, corrected and
/// reference padding.
@Suite struct NegativePromptsTests {}

extension NegativePromptsTests {
    @Test func matchesTheReferenceForEveryKAndPromptCount() throws {
        let fixture = try PipelineFixture.load()
        #expect(fixture.negatives.count == 40)
        for row in fixture.negatives {
            let setting = NegativePrompts(count: row.negatives, compatibility: row.compat ? .reference : .corrected)
            let prompts = setting.prompts(for: row.points.map { Point(x: $0[0], y: $0[1]) })
            #expect(prompts.map { $0.map { [$0.point.x, $0.point.y] } } == row.expectedPoints)
            #expect(
                prompts.map { $0.map(\.label.rawValue) } == row.expectedLabels,
                "n \(row.points.count) K \(row.negatives)")
        }
    }

    @Test func lonePromptPaddingDiffersOnlyInCompatibilityMode() {
        let point = [Point(x: 3, y: 4)]
        let corrected = NegativePrompts(count: 3).prompts(for: point)
        let reference = NegativePrompts(count: 3, compatibility: .reference).prompts(for: point)
        #expect(corrected[0].map(\.label.rawValue) == [1, -1, -1, -1])
        #expect(reference[0].map(\.label.rawValue) == [1, -1, 1, 1])
    }

    @Test func copyWithoutNegativesKeepsPointsAndDropsLabels() {
        let prompts = NegativePrompts(count: 2).prompts(for: [Point(x: 0, y: 0), Point(x: 5, y: 0), Point(x: 1, y: 0)])
        let copy = NegativePrompts.withoutNegatives(prompts)
        #expect(prompts[0].map(\.point.x) == [0, 1, 5])
        #expect(copy[0].map(\.point.x) == [0, 1, 5])
        #expect(copy.allSatisfy { $0.map(\.label.rawValue) == [1, -1, -1] })
    }

    @Test func tiesGoToTheLowerIndex() {
        let prompts = NegativePrompts(count: 1).prompts(for: [Point(x: 0, y: 0), Point(x: 2, y: 0), Point(x: -2, y: 0)])
        #expect(prompts[0][1].point.x == 2)
    }
}
