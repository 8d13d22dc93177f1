import Foundation
import NucBench
import Testing

/// Paths and scratch folders shared by the dataset tests of this target.
enum DatasetTestSupport {
    /// The package root.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// A fixture layout written by `Tools/fixtures/make_dataset_fixtures.py`.
    static func fixture(_ name: String) -> String {
        packageRoot.appendingPathComponent("Tests/NucIOTests/Fixtures/datasets/\(name)").path
    }

    /// The committed cards.
    static let cardsDirectory = packageRoot.appendingPathComponent("Datasets/cards").path

    /// Runs `body` with a new empty folder, deleted afterwards.
    static func withDirectory(_ body: (String) throws -> Void) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("nucbench-ds-\(UUID())").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try body(directory)
    }

    /// Writes a copy of committed card `name` into `directory`, changing members first.
    static func writeCard(_ name: String, to directory: String, _ change: (inout [String: JSON]) -> Void) throws {
        guard case .object(let members) = try JSON.read(path: cardsDirectory + "/\(name).json") else { return }
        var values = Dictionary(uniqueKeysWithValues: members.map { ($0.key, $0.value) })
        change(&values)
        let document = JSON.object(members.map { JSON.Member($0.key, values[$0.key] ?? $0.value) })
        try Data(document.rendered.utf8).write(to: URL(fileURLWithPath: directory + "/\(name).json"))
    }

    /// A card split object.
    static func split(_ name: String, count: Int, images: [String]?) -> JSON {
        .object([
            ("name", .string(name)), ("count", .int(count)), ("parts", .array([])),
            ("images", images.map { .array($0.map { .object([("name", .string($0)), ("tissue", .null)]) }) } ?? .null),
            ("note", .null),
        ])
    }

    /// A card download object.
    static func download(_ name: String, file: String, sha256: String?, url: String = "https://example.invalid/a")
        -> JSON
    {
        .object([
            ("name", .string(name)), ("url", .string(url)), ("file", .string(file)),
            ("sha256", sha256.map(JSON.string) ?? .null), ("note", .string("test")),
        ])
    }

    /// The SHA-256 of some bytes.
    static func digest(_ bytes: [UInt8]) -> String {
        var hasher = SHA256()
        hasher.update(bytes)
        return hasher.hexDigest()
    }
}
