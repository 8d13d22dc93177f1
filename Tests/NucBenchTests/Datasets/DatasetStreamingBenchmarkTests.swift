import NucBench
import Testing

@Suite struct DatasetStreamingBenchmarkTests {}

extension DatasetStreamingBenchmarkTests {
    @Test func countsTheStoredLabelBytesOfEachSample() throws {
        let report = try DatasetStreamingBenchmark.run(
            path: DatasetTestSupport.fixture("pannuke"), layout: nil, limit: 4, threads: 2)
        #expect(report["layout"]?.text == "pannuke")
        #expect(report["samples"]?.int == 4)
        #expect(report["label_bytes"]?.int == 4 * 32 * 32 * 6 * 8)
        #expect((report["read"]?["gb_per_s"]?.double ?? 0) > 0)
        #expect((report["decode"]?["seconds"]?.double ?? 0) > 0)
    }

    @Test func wholeNpyLabelFilesCount() throws {
        let report = try DatasetStreamingBenchmark.run(
            path: DatasetTestSupport.fixture("kumar-promptnucseg"), layout: nil, limit: nil, threads: 1)
        #expect(report["samples"]?.int == 4)
        #expect(report["label_bytes"]?.int == 4 * 40 * 40 * 4)
    }
}
