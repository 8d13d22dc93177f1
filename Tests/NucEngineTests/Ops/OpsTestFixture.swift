import Foundation
import NucIO

@testable import NucEngine

/// One PyTorch reference case of `Fixtures/ops/manifest.json` (made by
/// `Tools/fixtures/make_engine_op_fixtures.py`, PyTorch 2.13.0+cpu, one thread).
struct OpsTestFixture {
    /// The case name, such as `interp_bilinear_up_ac0`.
    let name: String
    /// The torch call's keyword arguments.
    let params: [String: Any]
    /// Input role → tensor, in PyTorch layout.
    let inputs: [String: Tensor]
    /// The torch output.
    let output: Tensor

    /// The fixture folder.
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures/ops")

    /// Every case of the manifest whose `op` is `op`.
    static func cases(op: String) throws -> [OpsTestFixture] {
        let data = try Data(contentsOf: folder.appendingPathComponent("manifest.json"))
        let manifest = try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
        let cases = manifest["cases"] as? [[String: Any]] ?? []
        return try cases.filter { $0["op"] as? String == op }.map { entry in
            let files = entry["inputs"] as? [String: String] ?? [:]
            return OpsTestFixture(
                name: entry["name"] as? String ?? "?", params: entry["params"] as? [String: Any] ?? [:],
                inputs: try files.mapValues(load), output: try load(entry["output"] as? String ?? "?"))
        }
    }

    /// Reads a float32 `.npy` of the fixture folder as a tensor.
    static func load(_ file: String) throws -> Tensor {
        let npy = try NpyFile(path: folder.appendingPathComponent(file).path)
        return Tensor(shape: npy.shape, elements: try npy.doubleValues().map(Float.init))
    }

    /// An input that must exist.
    func input(_ role: String) throws -> Tensor {
        guard let tensor = inputs[role] else { throw InputError("no input \(role)", file: name) }
        return tensor
    }

    /// An integer parameter.
    func int(_ key: String) -> Int { params[key] as? Int ?? 0 }

    /// A boolean parameter.
    func bool(_ key: String) -> Bool { params[key] as? Bool ?? false }

    /// An integer-list parameter.
    func ints(_ key: String) -> [Int] { params[key] as? [Int] ?? [] }
}

/// The parity error measure: max |ours − torch| / max |torch|; infinite on a shape mismatch.
func opsRelativeError(_ ours: Tensor, _ reference: Tensor) -> Float {
    guard ours.shape == reference.shape else { return .infinity }
    let scale = reference.elements.map(abs).max() ?? 0
    let worst = zip(ours.elements, reference.elements).map { abs($0 - $1) }.max() ?? 0
    return scale > 0 ? worst / scale : worst
}

/// The sub-tensor at index `index` of the first axis.
func opsSlice(_ tensor: Tensor, _ index: Int) -> Tensor {
    let inner = Array(tensor.shape.dropFirst())
    let size = Tensor.count(of: inner)
    return Tensor(shape: inner, elements: Array(tensor.elements[index * size..<(index + 1) * size]))
}
