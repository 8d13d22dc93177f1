import Foundation
import NucBench
import Testing

extension InstanceEvaluationTests {
    /// Kill-and-resume and concurrent writers for Kumar and CPM-17 runs.
    @Suite struct ResumeTests {}
}

extension InstanceEvaluationTests.ResumeTests {
    @Test func aKumarRunStoppedTwiceResumesToTheUninterruptedNumbers() throws {
        try InstanceEvaluationSupport.withDirectory { root in
            let (data, pred) = try InstanceEvaluationSupport.kumar(in: root)
            let resumed = try InstanceEvaluationSupport.request(
                .kumar, data: data, pred: pred, store: root + "/resumed.sqlite", protocol: .promptnucseg)
            #expect(try InstanceEvaluation.interruptedRun(resumed, recordingAtMost: 2) == 2)
            #expect(try InstanceEvaluation.interruptedRun(resumed, recordingAtMost: 1) == 1)
            let finished = try InstanceEvaluation.run(resumed)
            #expect(finished.newlyRecorded == 3)
            let whole = try InstanceEvaluation.run(
                InstanceEvaluationSupport.request(
                    .kumar, data: data, pred: pred, store: root + "/whole.sqlite", protocol: .promptnucseg, threads: 1))
            #expect(finished.scores.perImage == whole.scores.perImage)
            #expect(finished.scores.headlines == whole.scores.headlines)
            let first = try ResultsStore.open(path: root + "/resumed.sqlite")
            let second = try ResultsStore.open(path: root + "/whole.sqlite")
            let firstRun = try #require(try first.runs().first)
            let secondRun = try #require(try second.runs().first)
            #expect(try first.statistics(of: firstRun.handle) == second.statistics(of: secondRun.handle))
            #expect(firstRun.record == secondRun.record)
            let again = try InstanceEvaluation.run(resumed)
            #expect(again.newlyRecorded == 0)
            #expect(again.scores.headlines == whole.scores.headlines)
        }
    }

    @Test func aCPM17RunStoppedOnceResumesToTheUninterruptedNumbers() throws {
        try InstanceEvaluationSupport.withDirectory { root in
            let (data, pred) = InstanceEvaluationSupport.cpm17
            let resumed = try InstanceEvaluationSupport.request(
                .cpm17, data: data, pred: pred, store: root + "/resumed.sqlite", protocol: .hovernet)
            #expect(try InstanceEvaluation.interruptedRun(resumed, recordingAtMost: 7) == 7)
            let finished = try InstanceEvaluation.run(resumed)
            let whole = try InstanceEvaluation.run(
                InstanceEvaluationSupport.request(
                    .cpm17, data: data, pred: pred, store: root + "/whole.sqlite", protocol: .hovernet))
            #expect(finished.newlyRecorded == 3)
            #expect(finished.scores.headlines == whole.scores.headlines)
            #expect(finished.scores.detection?.counts == whole.scores.detection?.counts)
        }
    }

    @Test func twoRunsWriteOneStoreAtOnce() async throws {
        try await withTemporaryStore { store in
            let (data, pred) = InstanceEvaluationSupport.cpm17
            let protocols: [EvaluationProtocol] = [.promptnucseg, .hovernet]
            let requests = try protocols.map {
                try InstanceEvaluationSupport.request(.cpm17, data: data, pred: pred, store: store, protocol: $0)
            }
            try await withThrowingTaskGroup(of: Void.self) { group in
                for request in requests {
                    group.addTask { _ = try InstanceEvaluation.run(request) }
                }
                try await group.waitForAll()
            }
            let runs = try ResultsStore.open(path: store).runs()
            #expect(Set(runs.map(\.record.name)) == ["cpm17-promptnucseg-test", "cpm17-hovernet-test"])
            #expect(runs.allSatisfy { $0.status == .complete })
        }
    }
}
