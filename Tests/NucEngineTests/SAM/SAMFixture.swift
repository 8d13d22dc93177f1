import Foundation
import NucIO

@testable import NucEngine

/// One PyTorch reference segmentor of `Fixtures/<name>/` (made by `Tools/fixtures/make_sam_fixtures.py`;
/// its `manifest.json` names the reference, torch version, seed and configuration).
struct SAMFixture {
    /// The fixture folder.
    let folder: URL
    /// The manifest's `config` object.
    let config: [String: Any]

    /// The fixtures root.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// Opens a committed fixture folder and reads its manifest.
    ///
    /// - Parameter name: The folder name under `Fixtures/`, e.g. `sam-tiny`.
    /// - Throws: When the manifest cannot be read.
    init(_ name: String) throws {
        try self.init(folder: Self.root.appendingPathComponent(name))
    }

    /// Opens a fixture folder anywhere and reads its manifest.
    ///
    /// - Parameter folder: The folder `make_sam_fixtures.py --out` wrote.
    /// - Throws: When the manifest cannot be read.
    init(folder: URL) throws {
        self.folder = folder
        let data = try Data(contentsOf: folder.appendingPathComponent("manifest.json"))
        let manifest = try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
        config = manifest["config"] as? [String: Any] ?? [:]
    }

    /// The decoder head count the fixture was built with (not stored in its checkpoint).
    var decoderHeads: Int { config["decoder_heads"] as? Int ?? MaskDecoderConfig.defaultHeads }

    /// The path of a file of the fixture.
    func path(_ file: String) -> String { folder.appendingPathComponent(file).path }

    /// Reads a float32 `.npy` of the fixture as a tensor.
    func tensor(_ file: String) throws -> Tensor {
        let npy = try NpyFile(path: path(file))
        return Tensor(shape: npy.shape, elements: try npy.doubleValues().map(Float.init))
    }

    /// The fixture's prompts.
    func prompts() throws -> [[PromptPoint]] { try PromptFile.read(path: path("prompts.json")) }

    /// The tensors of one of the fixture's checkpoints.
    func weights(_ file: String = "segmentor.pth") throws -> WeightStore {
        try WeightStore(checkpoint: path(file))
    }
}

/// The parity error measure: max |ours − reference| / max |reference|; infinite on a shape mismatch.
func relativeError(_ ours: Tensor, _ reference: Tensor) -> Float {
    guard ours.shape == reference.shape else { return .infinity }
    let scale = max(reference.elements.map(abs).max() ?? 0, .leastNormalMagnitude)
    return zip(ours.elements, reference.elements).map { abs($0 - $1) }.max().map { $0 / scale } ?? 0
}
