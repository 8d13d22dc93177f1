import NucBench
import Testing

extension ResultsStoreTests {
    /// Schema version 2: PromptNucSeg prompter tallies per image.
    @Suite struct PromptNucSegDetectionStoreTests {}
}

extension ResultsStoreTests.PromptNucSegDetectionStoreTests {
    @Test func absentZeroAndFilledTalliesRoundTripDistinctly() throws {
        try withTemporaryStore { path in
            let store = try ResultsStore.open(path: path)
            let run = try store.beginRun(sampleRecord(name: "prompter"))
            var zero = sampleImage(1)
            zero.promptNucSegDetection = .zero
            var filled = sampleImage(2)
            filled.promptNucSegDetection = samplePrompterCounts
            for image in [filled, sampleImage(0), zero] { try store.record(image: image, in: run) }
            let read = try store.statistics(of: run)
            #expect(read == [sampleImage(0), zero, filled])
            #expect(read.map(\.promptNucSegDetection) == [nil, .zero, samplePrompterCounts])
        }
    }

    @Test func aMatchedCountAboveItsPointsIsRefusedWithoutStoringTheImage() throws {
        try withTemporaryStore { path in
            let store = try ResultsStore.open(path: path)
            let run = try store.beginRun(sampleRecord(name: "bad"))
            var image = sampleImage(0)
            image.promptNucSegDetection = PromptNucSegDetectionCounts(
                detection: .init(matched: 3, predictions: 2, groundTruth: 3), perClass: [:])
            #expect(throws: StoreError.self) { try store.record(image: image, in: run) }
            #expect(try store.completedImages(run).isEmpty)
        }
    }
}
