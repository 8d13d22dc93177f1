import Foundation
import NucBench
import Testing

/// `PredictionWriter` round-trips through `PredictionDirectory`, nucbench eval's reader.
@Suite struct PredictionWriterTests {}

extension PredictionWriterTests {
    @Test func writtenMapsReadBackThroughPredictionDirectory() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nucbench-pipeline-\(UUID())").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let instances: [Int32] = [0, 3, 3, 0, 7, 7]
        let classes: [UInt8] = [0, 2, 2, 0, 5, 5]
        let files = try PredictionWriter.write(
            instances: instances, classes: classes, width: 3, height: 2, stem: "1_0", folder: folder)
        #expect(files == [folder + "/1_0.inst.npy", folder + "/1_0.class.npy"])
        let read = try PredictionDirectory(path: folder).prediction(of: "1_0")
        #expect(read.instances.width == 3 && read.instances.height == 2 && read.instances.count == 2)
        #expect(read.classMap == [0, 2, 2, 0, 5, 5])
        #expect(read.instanceTypes == [2, 5])
    }
}
