import Foundation
import NucBench
import Testing

/// `nucbench metrics detection` output against every golden detection set, tolerance 0.
@Suite struct DetectionCalculatorTests {}

extension DetectionCalculatorTests {
    @Test(arguments: 0..<10)
    func outputEqualsTheExpectedObject(set: Int) throws {
        let path = metricsFixturesPath(String(format: "detection/%02d.json", set))
        let expected = try #require(try JSON.read(path: path)["expected"])
        let compared = expectMatches(try DetectionCalculator.run(path: path, explain: false), expected)
        #expect(compared > 5)
    }

    @Test func malformedPointsNameTheFileAndEntry() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("nucbench-bad-detection.json").path
        try #"{"radius": 12, "images": [{"gt": [[1, 2, 1]], "pred": [[1, 2]]}]}"#.write(
            toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(
            throws: InputError(
                "images[0].pred[0] must be [x, y, type] with finite x, y and an integer type", file: path)
        ) {
            try DetectionCalculator.run(path: path, explain: false)
        }
    }
}
