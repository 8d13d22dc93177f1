import Foundation
import Testing

/// The `nucbench` executable end to end: output on stdout, one-line errors and exit status 3.
@Suite struct CommandLineTests {
    struct Outcome {
        let status: Int32
        let standardOutput: String
        let standardError: String
    }

    /// The `nucbench` binary built beside the test bundle.
    static func executable() throws -> URL {
        let directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let binary = directory.appendingPathComponent("nucbench")
        try #require(FileManager.default.isExecutableFile(atPath: binary.path), "build the nucbench product first")
        return binary
    }

    static func run(_ arguments: [String]) throws -> Outcome {
        let process = Process()
        process.executableURL = try executable()
        process.arguments = arguments
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(
            status: process.terminationStatus,
            standardOutput: String(decoding: outputData, as: UTF8.self),
            standardError: String(decoding: errorData, as: UTF8.self))
    }

    static func temporaryFile(_ name: String, bytes: [UInt8]) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("nucbench-cli-\(name)").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }
}

extension CommandLineTests {
    @Test func pairsPrintsOneJSONLinePerPair() throws {
        let outcome = try Self.run([
            "metrics", "pairs", "--gt", metricsFixturesPath("pairs/ties.gt.npy"),
            "--pred", metricsFixturesPath("pairs/ties.pred.npy"),
        ])
        #expect(outcome.status == 0)
        #expect(outcome.standardError.isEmpty)
        #expect(outcome.standardOutput.split(separator: "\n").count == 120)
    }

    @Test func truncatedFileIsOneLineOnStandardErrorAndStatus3() throws {
        let original = try Data(contentsOf: URL(fileURLWithPath: metricsFixturesPath("pairs/edge/03.gt.npy")))
        let truncated = try Self.temporaryFile("truncated.npy", bytes: Array(original.dropLast(5)))
        defer { try? FileManager.default.removeItem(atPath: truncated) }
        let outcome = try Self.run([
            "metrics", "pairs", "--gt", truncated, "--pred", metricsFixturesPath("pairs/edge/03.pred.npy"),
        ])
        #expect(outcome.status == 3)
        #expect(outcome.standardOutput.isEmpty)
        let lines = outcome.standardError.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(lines.first?.hasPrefix("nucbench: \(truncated): ") == true)
        #expect(outcome.standardError.contains("truncated"))
    }

    @Test func missingFileNamesIt() throws {
        let outcome = try Self.run([
            "metrics", "conic", "--true", "/nonexistent/true.npy", "--pred", "/nonexistent/p.npy",
        ])
        #expect(outcome.status == 3)
        #expect(outcome.standardError == "nucbench: /nonexistent/true.npy: cannot open: No such file or directory\n")
    }

    @Test func negativeIdsAreRejected() throws {
        let header = "{'descr': '<i4', 'fortran_order': False, 'shape': (1, 2), }"
        let padded = header + String(repeating: " ", count: 118 - header.utf8.count - 1) + "\n"
        var bytes: [UInt8] = [0x93] + Array("NUMPY".utf8) + [1, 0, UInt8(padded.utf8.count), 0] + Array(padded.utf8)
        bytes += [0, 0, 0, 0, 0xFF, 0xFF, 0xFF, 0xFF]
        let path = try Self.temporaryFile("negative.npy", bytes: bytes)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let outcome = try Self.run(["metrics", "pairs", "--gt", path, "--pred", path])
        #expect(outcome.status == 3)
        #expect(outcome.standardError == "nucbench: \(path): instance ids must be non-negative; found -1\n")
    }

    @Test func unevenFoldListsAreAUsageError() throws {
        let outcome = try Self.run(["metrics", "pannuke", "--true", "a", "--true", "b", "--pred", "c"])
        #expect(outcome.status == 64)
        #expect(outcome.standardError.contains("give as many --pred as --true directories"))
    }
}
