import Foundation
import NucBench
import NucIO
import Testing

@Suite struct PromptRunTests {
    /// `Tests/NucEngineTests/Fixtures/prompter-<name>/<file>`: the prompter fixtures of
    /// `Tools/fixtures/make_prompter_fixtures.py` (PyTorch 2.13 reference, see their manifest.json).
    static func fixture(_ name: String, _ file: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("NucEngineTests/Fixtures/prompter-\(name)/\(file)").path
    }

    /// A fresh scratch folder.
    static func scratch(_ name: String) -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("nucbench-prompt-\(name)").path
        try? FileManager.default.removeItem(atPath: path)
        return path
    }

    /// The values of a `.npy` file, its shape and dtype.
    static func values(_ path: String) throws -> (shape: [Int], values: [Double], dtype: String) {
        let npy = try NpyFile(path: path)
        return (npy.shape, try npy.doubleValues(), npy.dtype.description)
    }
}

extension PromptRunTests {
    @Test func followsTheCheckpointAndWritesTheReferenceOutputs() throws {
        let out = Self.scratch("cpm17")
        let run = try PromptRun(
            checkpoint: Self.fixture("cpm17", "prompter.pth"), image: Self.fixture("cpm17", "image.png"), out: out,
            threads: 2)
        #expect(run.dataset.rawValue == "cpm17" && run.settings.maskFiltering && run.settings.spacing == 16)
        #expect(run.proposalCount == 195 && run.candidateCount == 78)
        for file in ["proposals.npy", "logits.npy", "aux_logits.npy"] {
            let ours = try Self.values("\(out)/\(file)")
            let reference = try Self.values(Self.fixture("cpm17", file))
            #expect(ours.shape == reference.shape && ours.dtype == "<f4", "\(file)")
            let scale = reference.values.map(abs).max() ?? 1
            let error = zip(ours.values, reference.values).map { abs($0 - $1) }.max() ?? .infinity
            #expect(error <= 1e-4 * scale, "\(file): \(error)")
        }
        let points = try Self.values("\(out)/points.npy")
        let reference = try Self.values(Self.fixture("cpm17", "points.npy"))
        #expect(points.dtype == "<f8" && points.shape == reference.shape && run.pointCount == reference.shape[0])
        let error = zip(points.values, reference.values).map { abs($0 - $1) }.max() ?? .infinity
        #expect(error <= 1e-3)
    }

    @Test func overridesReplaceThePreset() throws {
        let checkpoint = Self.fixture("cpm17", "prompter.pth")
        let image = Self.fixture("cpm17", "image.png")
        let withoutFiltering = try PromptRun(
            checkpoint: checkpoint, image: image, out: Self.scratch("mapf-off"), maskFiltering: false, threads: 1)
        #expect(withoutFiltering.pointCount == (try Self.values(Self.fixture("cpm17", "points_mapf_off.npy"))).shape[0])
        let unsuppressed = try PromptRun(
            checkpoint: checkpoint, image: image, out: Self.scratch("no-nms"), dataset: "kumar", maskFiltering: false,
            nmsRadius: 0, threads: 1)
        #expect(unsuppressed.dataset.rawValue == "kumar" && unsuppressed.pointCount == unsuppressed.candidateCount)
    }

    @Test func badInputsNameTheirFile() throws {
        let checkpoint = Self.fixture("cpm17", "prompter.pth")
        let image = Self.fixture("cpm17", "image.png")
        let missing = Self.fixture("cpm17", "missing.png")
        let segmentor = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("NucEngineTests/Fixtures/sam-tiny/segmentor.pth").path
        for (model, picture, file) in [
            (checkpoint, missing, missing), (image, image, image), (segmentor, image, segmentor),
        ] {
            #expect(throws: InputError.self) {
                do {
                    _ = try PromptRun(checkpoint: model, image: picture, out: Self.scratch("bad"), threads: 1)
                } catch let error as InputError {
                    #expect(error.file == file, "\(error)")
                    throw error
                }
            }
        }
        #expect(throws: InputError("unknown dataset 'monuseg'; expected one of pannuke, kumar, cpm17")) {
            _ = try PromptRun(
                checkpoint: checkpoint, image: image, out: Self.scratch("bad"), dataset: "monuseg", threads: 1)
        }
    }
}
