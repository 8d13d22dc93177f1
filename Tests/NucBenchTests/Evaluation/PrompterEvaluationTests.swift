import Foundation
import NucBench
import Testing

extension InstanceEvaluationTests {
    /// `--gt-points`: PromptNucSeg's prompter detection stored per image and pooled.
    @Suite struct PrompterTests {}
}

extension InstanceEvaluationTests.PrompterTests {
    @Test func greedyPointMatchesArePooledStoredAndPrinted() throws {
        try InstanceEvaluationSupport.withDirectory { root in
            let (data, pred) = try InstanceEvaluationSupport.kumar(in: root)
            var truth: [String] = []
            for pair in 0..<6 {
                let name = String(format: "kumar_%02d", pair)
                let rows: [Double] =
                    pair == 0 ? [12, 10, 0.9, 0, 50, 61, 0.8, 1, 100, 100, 0.5, 0] : []
                try NpyWriter.write(rows, shape: [rows.count / 4, 4], to: "\(pred)/\(name).points.npy")
                let lists = pair == 0 ? "[[[10, 10]], [[50, 50]]]" : "[[], []]"
                truth.append("\"images/test/\(name).png\": \(lists)")
            }
            let points = root + "/test.json"
            try Data(("{" + truth.joined(separator: ", ") + "}").utf8).write(to: URL(fileURLWithPath: points))
            var request = try InstanceEvaluationSupport.request(
                .kumar, data: data, pred: pred, store: root + "/store.sqlite", protocol: .promptnucseg)
            request.groundTruthPoints = points
            let outcome = try InstanceEvaluation.run(request)
            let counts = try #require(outcome.scores.prompterCounts)
            #expect(counts.detection == .init(matched: 2, predictions: 3, groundTruth: 2))
            #expect(counts.perClass[0] == .init(matched: 1, predictions: 2, groundTruth: 1))
            #expect(counts.perClass[1] == .init(matched: 1, predictions: 1, groundTruth: 1))
            #expect(outcome.scores.prompter?.classes == [0, 1])
            #expect(outcome.headline.contains("matched 2 of 3 predicted, 2 true points"))
            let store = try ResultsStore.open(path: root + "/store.sqlite")
            let run = try #require(try store.runs().first)
            #expect(run.record.options["prompter-classes"] == "0,1")
            let stored = try store.statistics(of: run.handle).map(\.promptNucSegDetection)
            #expect(stored.count == 6)
            #expect(stored.dropFirst().allSatisfy { $0?.detection == .zero })
        }
    }

    @Test func anImageMissingFromThePointsFileIsRefused() throws {
        try InstanceEvaluationSupport.withDirectory { root in
            let (data, pred) = try InstanceEvaluationSupport.kumar(in: root)
            let points = root + "/test.json"
            try Data(#"{"a/kumar_00.png": [[]]}"#.utf8).write(to: URL(fileURLWithPath: points))
            var request = try InstanceEvaluationSupport.request(
                .kumar, data: data, pred: pred, store: root + "/store.sqlite", protocol: .promptnucseg)
            request.groundTruthPoints = points
            let error = #expect(throws: InputError.self) { try InstanceEvaluation.run(request) }
            #expect(error?.description == "\(points): no ground-truth points for image 'kumar_01'")
        }
    }
}
