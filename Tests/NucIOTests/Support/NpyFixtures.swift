import Foundation
import NucIO

/// The `.npy` fixtures written by `Tools/fixtures/make_npy_fixtures.py` and the values
/// numpy reads from them (`Fixtures/npy/expected.json`).
enum NpyFixtures {
    /// What numpy reads from one fixture.
    struct Expectation: Decodable, Sendable {
        let file: String
        let descr: String
        let shape: [Int]
        let fortranOrder: Bool
        let version: Int
        let double: [String]?
        let int64: [String]?
        let strings: [String]?
        let error: String?

        enum CodingKeys: String, CodingKey {
            case file, descr, shape, version, double, int64, strings, error
            case fortranOrder = "fortran_order"
        }

        /// The expected doubles, parsed from Python `repr` strings.
        var doubles: [Double]? { double?.compactMap(Double.init) }

        /// The expected integers, parsed from decimal strings.
        var integers: [Int64]? { int64?.compactMap(Int64.init) }
    }

    private struct Document: Decodable {
        let fixtures: [String: Expectation]
    }

    /// The folder holding the fixtures.
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/npy")

    /// Every fixture by name (the file name without `.npy`).
    static let all: [String: Expectation] = {
        let url = directory.appendingPathComponent("expected.json")
        guard let data = try? Data(contentsOf: url),
            let document = try? JSONDecoder().decode(Document.self, from: data)
        else { return [:] }
        return document.fixtures
    }()

    /// Names of the fixtures a reader must open, sorted.
    static var readableNames: [String] { all.filter { $0.value.error == nil }.keys.sorted() }

    /// The path of a fixture.
    static func path(_ name: String) -> String {
        directory.appendingPathComponent(name + ".npy").path
    }

    /// Opens a fixture.
    static func open(_ name: String) throws -> NpyFile {
        try NpyFile(path: path(name))
    }
}

/// Whether two doubles are the same value: bit-identical, or both NaN.
func isSameDouble(_ lhs: Double, _ rhs: Double) -> Bool {
    lhs.bitPattern == rhs.bitPattern || (lhs.isNaN && rhs.isNaN)
}
