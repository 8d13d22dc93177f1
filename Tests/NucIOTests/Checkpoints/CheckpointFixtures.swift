import Foundation
import NucIO

/// The checkpoint fixtures written by `Tools/fixtures/make_zip_fixtures.py` and what torch
/// 2.13 reads from them (`Fixtures/zip/expected.json`).
enum CheckpointFixtures {
    /// The folder holding the fixtures.
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/zip")

    /// Every fixture's expectation by file name: tensors and entries, or "error".
    static let all: [String: JSON] = {
        let path = directory.appendingPathComponent("expected.json").path
        return (try? JSON.read(path: path))?["fixtures"]?.members ?? [:]
    }()

    /// Names of the fixtures that read to tensors, sorted.
    static var validNames: [String] { all.filter { $0.value["tensors"] != nil }.keys.sorted() }

    /// Names of the fixtures the reader must reject, sorted.
    static var errorNames: [String] { all.filter { $0.value["error"] != nil }.keys.sorted() }

    /// The path of a fixture.
    static func path(_ name: String) -> String {
        directory.appendingPathComponent(name).path
    }
}

/// Where `tensor` differs from torch's description, or nil when every element agrees bit for bit.
func tensorMismatch(_ tensor: CheckpointTensor?, _ expected: JSON) -> String? {
    guard let tensor else { return "missing" }
    guard tensor.dtype.rawValue == expected["dtype"]?.text else { return "dtype \(tensor.dtype) ≠ \(expected)" }
    guard tensor.shape == expected["shape"]?.ints else { return "shape \(tensor.shape)" }
    let values = (expected["values"]?.elements ?? []).compactMap { $0.text.flatMap(Double.init) }.map(Float.init)
    guard values.count == tensor.elements.count else { return "\(tensor.elements.count) elements ≠ \(values.count)" }
    for (index, (actual, wanted)) in zip(tensor.elements, values).enumerated()
    where actual.bitPattern != wanted.bitPattern {
        return "element \(index): \(actual) ≠ \(wanted)"
    }
    return nil
}
