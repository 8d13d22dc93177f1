import Foundation
import NucBench
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension ResultsStoreTests {
    /// Several writers at once, and a writer killed with SIGKILL.
    @Suite struct ConcurrencyTests {}
}

extension ResultsStoreTests.ConcurrencyTests {
    @Test func twoConnectionsWriteDifferentRunsAtOnce() async throws {
        try await withTemporaryStore { path in
            let imageCount = 200
            let names = ["writer-a", "writer-b"]
            try await withThrowingTaskGroup(of: Void.self) { group in
                for name in names {
                    group.addTask {
                        let store = try ResultsStore.open(path: path)
                        let run = try store.beginRun(sampleRecord(name: name))
                        for index in 0..<imageCount { try store.record(image: sampleImage(index), in: run) }
                        try store.finish(run)
                    }
                }
                try await group.waitForAll()
            }
            let store = try ResultsStore.open(path: path)
            let runs = try store.runs()
            #expect(Set(runs.map(\.record.name)) == Set(names))
            for run in runs {
                #expect(run.status == .complete)
                #expect(try store.statistics(of: run.handle) == (0..<imageCount).map(sampleImage))
            }
        }
    }

    @Test func aKilledWriterLeavesWholeImagesAndTheRunResumesExactly() throws {
        let sqlite = "/usr/bin/sqlite3"
        try #require(FileManager.default.isExecutableFile(atPath: sqlite), "needs the sqlite3 command line")
        try withTemporaryStore { path in
            let imageCount = 40
            let record = sampleRecord(name: "killed")
            let run = try ResultsStore.open(path: path).beginRun(record)

            let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
            let script = directory.appendingPathComponent("writer.sql")
            let body = (0..<imageCount).map { sampleImageSQL($0, run: run.id, slowSteps: 400_000) }.joined()
            try (".timeout 10000\n.bail on\nPRAGMA foreign_keys = ON;\n" + body).write(
                to: script, atomically: true, encoding: .utf8)
            let writer = Process()
            writer.executableURL = URL(fileURLWithPath: sqlite)
            writer.arguments = [path, ".read \(script.path)"]
            writer.standardOutput = FileHandle.nullDevice
            try writer.run()

            let observer = try ResultsStore.open(path: path)
            let deadline = Date().addingTimeInterval(60)
            while try observer.completedImages(run).count < 3, writer.isRunning, Date() < deadline {
                Thread.sleep(forTimeInterval: 0.01)
            }
            Thread.sleep(forTimeInterval: 0.013)
            kill(writer.processIdentifier, SIGKILL)
            writer.waitUntilExit()
            #expect(writer.terminationReason == .uncaughtSignal)

            let store = try ResultsStore.open(path: path)
            #expect(try store.integrityCheck() == ["ok"])
            let completed = try store.completedImages(run)
            #expect(completed.count >= 3 && completed.count < imageCount)
            #expect(completed == Set(0..<completed.count))
            #expect(try store.statistics(of: run) == (0..<completed.count).map(sampleImage))

            let resumed = try store.beginRun(record)
            #expect(resumed == run)
            for index in 0..<imageCount where !completed.contains(index) {
                try store.record(image: sampleImage(index), in: resumed)
            }
            try store.finish(resumed)
            #expect(try store.statistics(of: resumed) == (0..<imageCount).map(sampleImage))
        }
    }
}
