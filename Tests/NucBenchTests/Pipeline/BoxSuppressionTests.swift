import NucBench
import Testing

/// `BoxSuppression` against a numpy re-implementation of torchvision's CPU `nms` (fixture).
@Suite struct BoxSuppressionTests {}

extension BoxSuppressionTests {
    @Test func matchesTorchvisionSemantics() throws {
        let fixture = try PipelineFixture.load()
        for (index, row) in fixture.nms.enumerated() {
            let boxes = row.boxes.map { MaskBox(x1: $0[0], y1: $0[1], x2: $0[2], y2: $0[3]) }
            let keep = BoxSuppression.keep(boxes: boxes, scores: row.scores.map { Float($0) }, threshold: row.threshold)
            #expect(keep == row.keep, "case \(index)")
        }
    }

    @Test func exactThreeTenthsIsSuppressedAtPointThree() {
        let boxes = [MaskBox(x1: 0, y1: 0, x2: 10, y2: 10), MaskBox(x1: 0, y1: 0, x2: 10, y2: 3)]
        #expect(BoxSuppression.keep(boxes: boxes, scores: [0.9, 0.8], threshold: 0.3) == [0])
        #expect(BoxSuppression.keep(boxes: boxes, scores: [0.9, 0.8], threshold: 0.31) == [0, 1])
    }

    @Test func zeroAreaBoxesAreNeverSuppressed() {
        let boxes = [MaskBox(x1: 4, y1: 4, x2: 4, y2: 4), MaskBox(x1: 4, y1: 4, x2: 4, y2: 4)]
        #expect(BoxSuppression.keep(boxes: boxes, scores: [0.5, 0.5], threshold: 0.0) == [0, 1])
    }
}
