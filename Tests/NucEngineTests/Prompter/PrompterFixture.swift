import Foundation
import NucIO

@testable import NucEngine

/// One PyTorch reference prompter of `Fixtures/prompter-<case>/` (made by
/// `Tools/fixtures/make_prompter_fixtures.py` from `Tools/fixtures/promptnucseg_prompter.py`; its
/// `manifest.json` names the reference, torch version, seed, configuration and preset).
struct PrompterFixture {
    /// The case name, `pannuke` or `cpm17`.
    let name: String
    /// The parsed `manifest.json`.
    let manifest: [String: Any]

    /// Every committed case.
    static let cases = ["pannuke", "cpm17"]

    /// The fixtures root.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// Opens a case and reads its manifest.
    ///
    /// - Parameter name: The case name.
    /// - Throws: When the manifest cannot be read.
    init(_ name: String) throws {
        self.name = name
        let data = try Data(contentsOf: Self.root.appendingPathComponent("prompter-\(name)/manifest.json"))
        manifest = try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
    }

    /// The path of a file of the case.
    func path(_ file: String) -> String { Self.root.appendingPathComponent("prompter-\(name)/\(file)").path }

    /// Reads a float `.npy` of the case as a tensor.
    func tensor(_ file: String) throws -> Tensor {
        let npy = try NpyFile(path: path(file))
        return Tensor(shape: npy.shape, elements: try npy.doubleValues().map(Float.init))
    }

    /// Reads a float64 `.npy` of the case as rows of doubles.
    func rows(_ file: String) throws -> [[Double]] {
        let npy = try NpyFile(path: path(file))
        let values = try npy.doubleValues()
        let width = npy.shape.count == 2 ? npy.shape[1] : 1
        return stride(from: 0, to: values.count, by: max(width, 1)).map { Array(values[$0..<($0 + width)]) }
    }

    /// The preset the case was made with.
    var settings: PromptSettings {
        let preset = manifest["preset"] as? [String: Any] ?? [:]
        let config = manifest["config"] as? [String: Any] ?? [:]
        return PromptSettings(
            spacing: config["space"] as? Int ?? 0, nmsRadius: (preset["nms_radius"] as? NSNumber)?.doubleValue ?? 0,
            maskFiltering: preset["mapf"] as? Bool ?? false)
    }

    /// The configuration the case was made with.
    var config: PrompterConfig {
        let config = manifest["config"] as? [String: Any] ?? [:]
        return PrompterConfig(
            depths: config["depths"] as? [Int] ?? [], widths: config["dims"] as? [Int] ?? [],
            pyramidWidth: config["fpn_dim"] as? Int ?? 0, levels: config["levels"] as? Int ?? 0,
            classes: config["classes"] as? Int ?? 0)
    }

    /// The reference summary of an intermediate: mean, min, max and the first and last four elements.
    func summary(_ key: String) -> (mean: Double, min: Double, max: Double, first: [Double], last: [Double])? {
        guard let summaries = manifest["summaries"] as? [String: Any], let entry = summaries[key] as? [String: Any],
            let mean = entry["mean"] as? Double, let min = entry["min"] as? Double, let max = entry["max"] as? Double
        else { return nil }
        return (mean, min, max, entry["first"] as? [Double] ?? [], entry["last"] as? [Double] ?? [])
    }

    /// The reference's network outputs as a `PrompterOutput`.
    func referenceOutput() throws -> PrompterOutput {
        let image = manifest["image"] as? [String: Any] ?? [:]
        return PrompterOutput(
            proposals: try tensor("proposals.npy"), logits: try tensor("logits.npy"),
            auxiliaryLogits: try tensor("aux_logits.npy"), imageHeight: image["height"] as? Int ?? 0,
            imageWidth: image["width"] as? Int ?? 0)
    }
}

/// The parity error measure: max |ours − reference| / max |reference|; infinite on a shape mismatch.
func prompterRelativeError(_ ours: Tensor, _ reference: Tensor) -> Float {
    guard ours.shape == reference.shape else { return .infinity }
    let scale = max(reference.elements.map(abs).max() ?? 0, .leastNormalMagnitude)
    return zip(ours.elements, reference.elements).map { abs($0 - $1) }.max().map { $0 / scale } ?? 0
}

/// The error of a tensor against a reference summary: the largest difference among mean, min, max
/// and the first and last four elements, over the reference's largest magnitude.
func prompterSummaryError(
    _ ours: Tensor, _ reference: (mean: Double, min: Double, max: Double, first: [Double], last: [Double])
) -> Double {
    let values = ours.elements.map(Double.init)
    guard let first = values.first else { return .infinity }
    let mean = values.reduce(0, +) / Double(values.count)
    let ourValues = [mean, values.min() ?? first, values.max() ?? first] + values.prefix(4) + values.suffix(4)
    let referenceValues = [reference.mean, reference.min, reference.max] + reference.first + reference.last
    guard ourValues.count == referenceValues.count else { return .infinity }
    let scale = max(abs(reference.min), abs(reference.max), .leastNormalMagnitude)
    return zip(ourValues, referenceValues).map { abs($0 - $1) }.max().map { $0 / scale } ?? 0
}
