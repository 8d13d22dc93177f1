import Foundation
import Testing

/// `nucbench datasets points` end to end: the file `eval --gt-points` reads, and one-line errors.
@Suite struct DatasetsPointsCommandTests {}

extension DatasetsPointsCommandTests {
    @Test func writesThePointsOfEveryImageAndSaysHowMany() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nucbench-cli-points").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let synth = try CommandLineTests.run([
            "datasets", "synth", "--layout", "pannuke", "--seed", "5", "--images", "1", "--size", "64", "--out",
            folder + "/data",
        ])
        #expect(synth.status == 0)
        let written = try CommandLineTests.run([
            "datasets", "points", "--data", folder + "/data", "--out", folder + "/p.json",
        ])
        #expect(written.status == 0 && written.standardError.isEmpty)
        #expect(written.standardOutput == "\(folder)/p.json: ground-truth points of 3 images\n")
        let text = try String(contentsOfFile: folder + "/p.json", encoding: .utf8)
        #expect(text.hasPrefix("{\"Images/1_0.png\":[["))
    }

    @Test func aMissingFolderIsOneLineAndStatus3() throws {
        let outcome = try CommandLineTests.run([
            "datasets", "points", "--data", "/nonexistent/nucbench-data", "--out", "/tmp/nucbench-cli-points.json",
        ])
        #expect(outcome.status == 3 && outcome.standardOutput.isEmpty)
        #expect(outcome.standardError.hasPrefix("nucbench: /nonexistent/nucbench-data"))
        #expect(outcome.standardError.filter { $0 == "\n" }.count == 1)
    }
}
