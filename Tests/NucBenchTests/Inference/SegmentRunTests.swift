import Foundation
import NucBench
import NucIO
import Testing

@Suite struct SegmentRunTests {
    /// `Tests/NucEngineTests/Fixtures/<name>/<file>`: the segmentor fixtures of
    /// `Tools/fixtures/make_sam_fixtures.py` (PyTorch 2.13 reference, see their manifest.json).
    static func fixture(_ name: String, _ file: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("NucEngineTests/Fixtures/\(name)/\(file)").path
    }

    /// A fresh scratch folder.
    static func scratch(_ name: String) -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("nucbench-segment-\(name)").path
        try? FileManager.default.removeItem(atPath: path)
        return path
    }

    /// The float32 values of a `.npy` file and its shape.
    static func values(_ path: String) throws -> (shape: [Int], values: [Double]) {
        let npy = try NpyFile(path: path)
        return (npy.shape, try npy.doubleValues())
    }
}

extension SegmentRunTests {
    @Test func writesTheReferenceOutputs() throws {
        let out = Self.scratch("tiny")
        let run = try SegmentRun(
            checkpoint: Self.fixture("sam-tiny", "segmentor.pth"), image: Self.fixture("sam-tiny", "image.png"),
            prompts: Self.fixture("sam-tiny", "prompts.json"), out: out, threads: 2, decoderHeads: 2)
        #expect(run.promptCount == 6)
        for file in SegmentRun.outputFiles {
            let ours = try Self.values("\(out)/\(file)")
            let reference = try Self.values(Self.fixture("sam-tiny", file))
            #expect(ours.shape == reference.shape, "\(file)")
            let scale = reference.values.map(abs).max() ?? 1
            let error = zip(ours.values, reference.values).map { abs($0 - $1) }.max() ?? .infinity
            #expect(error <= 1e-4 * max(scale, 1), "\(file): \(error)")
        }
        #expect(try NpyFile(path: "\(out)/logits.npy").dtype.description == "<f4")
    }

    @Test func badInputsNameTheirFile() throws {
        let out = Self.scratch("bad")
        let checkpoint = Self.fixture("sam-tiny", "segmentor.pth")
        let image = Self.fixture("sam-tiny", "image.png")
        let prompts = Self.fixture("sam-tiny", "prompts.json")
        let malformed = FileManager.default.temporaryDirectory.appendingPathComponent("nucbench-bad-prompts.json").path
        try Data(#"{"prompts": [[[1, 2, 5]]]}"#.utf8).write(to: URL(fileURLWithPath: malformed))
        let missing = Self.fixture("sam-tiny", "missing.png")
        let small = FileManager.default.temporaryDirectory.appendingPathComponent("nucbench-small.png").path
        try PNGFile.writeRGB(RGBImage(height: 8, width: 8, samples: [UInt8](repeating: 9, count: 192)), to: small)
        let cases: [(checkpoint: String, image: String, prompts: String, file: String)] = [
            (checkpoint, missing, prompts, missing),
            (checkpoint, small, prompts, small),
            (checkpoint, image, malformed, malformed),
            (image, image, prompts, image),
            (Self.fixture("sam-tiny", "none.pth"), image, prompts, Self.fixture("sam-tiny", "none.pth")),
        ]
        for (checkpoint, image, prompts, file) in cases {
            do {
                _ = try SegmentRun(
                    checkpoint: checkpoint, image: image, prompts: prompts, out: out, threads: 1, decoderHeads: 2)
                Issue.record("no error for \(file)")
            } catch let error as InputError {
                #expect(error.file == file, "\(error)")
            }
        }
    }

    @Test func promptLabelsOutsideMinusOneToOneAreRejected() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("nucbench-label.json").path
        try Data(#"{"prompts": [[[1, 2, 5]]]}"#.utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: InputError("prompt 0 point 0 has label 5.0; expected -1, 0 or 1", file: path)) {
            _ = try SegmentRun(
                checkpoint: Self.fixture("sam-tiny", "segmentor.pth"), image: Self.fixture("sam-tiny", "image.png"),
                prompts: path, out: Self.scratch("label"), threads: 1)
        }
    }
}
