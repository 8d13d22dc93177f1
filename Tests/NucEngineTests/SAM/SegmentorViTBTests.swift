import Foundation
import Testing

@testable import NucEngine

/// Whether `python3 -c "import torch"` succeeds: the ViT-B reference is generated at test time
/// (about 375 MB of weights), never committed.
private let pytorchIsAvailable: Bool = {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", "import torch"]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return false }
    process.waitUntilExit()
    return process.terminationStatus == 0
}()

@Suite struct SegmentorViTBTests {}

extension SegmentorViTBTests {
    /// ViT-B shapes (768-wide encoder, SAM's 256-wide decoder with 8 heads) against a reference made
    /// now by `python3 Tools/fixtures/make_sam_fixtures.py --variant b --out TMP` (PyTorch 2.13).
    @Test(
        .enabled(
            if: pytorchIsAvailable,
            "skipped: PyTorch is not installed, so the ViT-B reference cannot be generated (pip install torch)"),
        .timeLimit(.minutes(20)))
    func vitBMatchesTheReference() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("nucbench-sam-b")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "Tools/fixtures/make_sam_fixtures.py", "--variant", "b", "--out", out.path]
        process.currentDirectoryURL = root
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "make_sam_fixtures.py --variant b failed")
        defer { try? FileManager.default.removeItem(at: out) }

        let fixture = try SAMFixture(folder: out)
        let segmentor = try Segmentor(checkpoint: fixture.path("segmentor.pth"))
        #expect(segmentor.config.variant == "B")
        try SegmentorTests.expectParity(of: segmentor, with: fixture, label: "ViT-B")
    }
}
