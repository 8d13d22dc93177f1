import Foundation
import NucBench
import Testing

/// The baseline file: deterministic text that reads back to the same doubles, and strict validation.
@Suite struct RegressionBaselineTests {
    /// Writes `text` to a temporary file, runs `body` on its path, and removes it.
    static func withFile(_ text: String, _ body: (String) throws -> Void) throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("baseline-\(UUID().uuidString).json")
            .path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        try body(path)
    }
}

extension RegressionBaselineTests {
    @Test func renderedTextIsSortedAndReadsBackBitExactly() throws {
        let baseline = RegressionBaseline(
            tolerance: 1e-9,
            runs: ["b": ["z": 0.1 + 0.2, "a[1]": 1.0 / 3.0], "a": ["x.y": .leastNonzeroMagnitude], "empty": [:]])
        #expect(
            baseline.rendered == """
                {
                  "version": 1,
                  "tolerance": 1e-09,
                  "runs": {
                    "a": {
                      "x.y": 5e-324
                    },
                    "b": {
                      "a[1]": 0.3333333333333333,
                      "z": 0.30000000000000004
                    },
                    "empty": {}
                  }
                }

                """)
        try Self.withFile(baseline.rendered) { path in
            let read = try RegressionBaseline.read(path: path)
            #expect(read == baseline)
        }
    }

    @Test func toleranceDefaultsToZero() throws {
        try Self.withFile(#"{"version": 1, "runs": {"r": {"fold1.mpq": 0.43}}}"#) { path in
            let read = try RegressionBaseline.read(path: path)
            #expect(read == RegressionBaseline(runs: ["r": ["fold1.mpq": 0.43]]))
        }
    }

    @Test(arguments: [
        #"[]"#, #"{"runs": {}}"#, #"{"version": 2, "runs": {}}"#, #"{"version": 1}"#,
        #"{"version": 1, "tolerance": -1, "runs": {}}"#, #"{"version": 1, "runs": {"r": 1}}"#,
        #"{"version": 1, "runs": {"r": {"m": null}}}"#, #"{"version": 1, "runs": {"r": {"m": "0.4"}}}"#,
    ])
    func malformedBaselinesAreInputErrorsNamingTheFile(text: String) throws {
        try Self.withFile(text) { path in
            #expect { try RegressionBaseline.read(path: path) } throws: { ($0 as? InputError)?.file == path }
        }
    }
}
