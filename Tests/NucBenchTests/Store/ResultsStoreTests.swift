import Foundation
import NucBench
import Testing

/// The results store: runs, resume, and per-image statistics (nested suites cover its parts).
@Suite struct ResultsStoreTests {}

extension ResultsStoreTests {
    @Test func statisticsRoundTripInImageOrder() throws {
        try withTemporaryStore { path in
            let store = try ResultsStore.open(path: path)
            let run = try store.beginRun(sampleRecord(name: "roundtrip"))
            for index in [3, 0, 2, 1] { try store.record(image: sampleImage(index), in: run) }
            #expect(try store.statistics(of: run) == (0..<4).map(sampleImage))
            #expect(try store.statistics(of: run).map(\.index) == [0, 1, 2, 3])
        }
    }

    @Test func runsKeepTheirIdentityAndStatus() throws {
        try withTemporaryStore { path in
            let store = try ResultsStore.open(path: path)
            let record = sampleRecord(name: "identity", options: ["threads": "2", "path/with": "slash \"quoted\""])
            let run = try store.beginRun(record, at: Date(timeIntervalSince1970: 0))
            var runs = try store.runs()
            #expect(runs.count == 1)
            #expect(runs.first?.record == record)
            #expect(runs.first?.createdAt == "1970-01-01T00:00:00Z")
            #expect(runs.first?.status == .running)
            try store.finish(run)
            runs = try store.runs()
            #expect(runs.first?.status == .complete)
            #expect(throws: StoreError.self) { try store.record(image: sampleImage(0), in: run) }
        }
    }

    @Test func anInterruptedRunResumesWhereItStopped() throws {
        try withTemporaryStore { path in
            let record = sampleRecord(name: "resume")
            do {
                let store = try ResultsStore.open(path: path)
                let run = try store.beginRun(record)
                for index in 0..<5 { try store.record(image: sampleImage(index), in: run) }
            }
            let store = try ResultsStore.open(path: path)
            let resumed = try store.beginRun(record)
            #expect(try store.completedImages(resumed) == Set(0..<5))
            for index in 0..<8 where !(try store.completedImages(resumed).contains(index)) {
                try store.record(image: sampleImage(index), in: resumed)
            }
            try store.finish(resumed)
            #expect(try store.statistics(of: resumed) == (0..<8).map(sampleImage))
            #expect(try store.runs().count == 1)

            var changed = record
            changed.options["threshold"] = "0.6"
            let error = #expect(throws: StoreError.self) { try store.beginRun(changed) }
            #expect(error?.kind == .runConflict)
            #expect(error?.message.contains("options") == true)
        }
    }

    @Test func recordingAnImageTwiceIsRefused() throws {
        try withTemporaryStore { path in
            let store = try ResultsStore.open(path: path)
            let run = try store.beginRun(sampleRecord(name: "twice"))
            try store.record(image: sampleImage(0), in: run)
            let error = #expect(throws: StoreError.self) { try store.record(image: sampleImage(0), in: run) }
            #expect(error?.kind == .runState)
        }
    }

    @Test func anImageIsWrittenWhollyOrNotAtAll() throws {
        try withTemporaryStore { path in
            let store = try ResultsStore.open(path: path)
            let run = try store.beginRun(sampleRecord(name: "atomic"))
            try store.record(image: sampleImage(0), in: run)
            var broken = sampleImage(1)
            broken.panoptic[.type(9)] = .success(
                PanopticCounts(truePositives: 1, falsePositives: 0, falseNegatives: 0, iouSum: .nan))
            let error = #expect(throws: StoreError.self) { try store.record(image: broken, in: run) }
            #expect(error?.kind == .unrepresentableValue)
            #expect(try store.completedImages(run) == [0])
            #expect(try store.statistics(of: run) == [sampleImage(0)])
            let raw = try SQLiteConnection(path: path)
            for table in ["images", "panoptic", "jaccard", "detection"] {
                #expect(try raw.scalarInt("SELECT count(*) FROM \(table) WHERE image_index = 1") == 0)
            }
            try store.record(image: sampleImage(1), in: run)
            #expect(try store.statistics(of: run) == [sampleImage(0), sampleImage(1)])
        }
    }

    @Test func doublesRoundTripBitExactly() throws {
        let values: [Double] = [
            0.1 + 0.2, .leastNonzeroMagnitude, 1.0 / 3.0, .pi, .greatestFiniteMagnitude, .leastNormalMagnitude, -1e-300,
            .infinity, -.infinity, 9_007_199_254_740_993.0, 1.0.nextUp, 0.0, 123_456.789e-10,
        ]
        try withTemporaryStore { path in
            let store = try ResultsStore.open(path: path)
            let run = try store.beginRun(sampleRecord(name: "doubles"))
            for (index, value) in values.enumerated() {
                let counts = PanopticCounts(truePositives: 1, falsePositives: 2, falseNegatives: 3, iouSum: value)
                try store.record(
                    image: ImageStatistics(index: index, name: "d\(index)", panoptic: [.all: .success(counts)]), in: run
                )
            }
            let stored = try ResultsStore.open(path: path).statistics(of: run).map { $0.panoptic[.all]?.value?.iouSum }
            #expect(stored.map { $0?.bitPattern } == values.map(\.bitPattern))
            for (offset, unrepresentable) in [Double.nan, -0.0].enumerated() {
                let counts = PanopticCounts(
                    truePositives: 0, falsePositives: 0, falseNegatives: 0, iouSum: unrepresentable)
                let image = ImageStatistics(index: 100 + offset, name: "bad", panoptic: [.all: .success(counts)])
                let error = #expect(throws: StoreError.self) { try store.record(image: image, in: run) }
                #expect(error?.kind == .unrepresentableValue)
            }
        }
    }
}
