import NucBench
import Testing

/// Metric paths: object keys joined by `.`, array elements as `[i]`, numbers and nulls only.
@Suite struct MetricPathTests {}

extension MetricPathTests {
    @Test func leavesAreNumbersAndNullsInDocumentOrder() throws {
        let report = try JSON.parse(
            #"{"classes": ["A"], "fold1": {"per_image": [{"pq": [0.5, null]}], "mpq": 0.25, "ok": true},"#
                + #" "a.b": 1, "across_folds": {"mpq_mean": 0.125}}"#)
        let leaves = MetricPath.leaves(of: report)
        #expect(
            leaves.map(\.path) == [
                "fold1.per_image[0].pq[0]", "fold1.per_image[0].pq[1]", "fold1.mpq", "across_folds.mpq_mean",
            ])
        #expect(leaves.map(\.value) == [0.5, nil, 0.25, 0.125])
    }

    @Test func perImageScoresAreNotSummaries() {
        #expect(MetricPath.isSummary("fold1.per_class[0]"))
        #expect(MetricPath.isSummary("fold1.per_tissue.Colon.mpq"))
        #expect(!MetricPath.isSummary("fold1.per_image[3].pq[0]"))
    }
}
