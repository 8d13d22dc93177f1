import Foundation

/// `nucbench datasets verify`: checks that a folder holds the whole dataset its card
/// describes, and that the archives in it have the published checksums.
///
/// Structure only: file pairing, image counts per split, image names and tissue names
/// where the card lists them. Pixels are not decoded (`inspect` does that). Archives named
/// like a card download are hashed with SHA-256 when the card has a checksum.
public enum DatasetVerification {
    /// The outcome: the report, and whether every check passed.
    public struct Outcome: Sendable {
        /// `{"root", "layout", "card", "checks": [{"check", "status", "detail"}], "passed"}`.
        public let report: JSON
        /// Whether no check failed.
        public let passed: Bool
    }

    /// Verifies a dataset folder, or a single downloaded archive.
    ///
    /// - Parameters:
    ///   - path: A dataset folder, a folder of downloaded archives, or one archive.
    ///   - layout: The layout, or nil to detect it.
    ///   - catalog: The cards.
    /// - Returns: The outcome.
    /// - Throws: `InputError` when the path holds neither a known layout nor a known
    ///   archive, or a file cannot be read.
    public static func run(path: String, layout: DatasetLayout?, catalog: DatasetCatalog) throws -> Outcome {
        var checks = ChecksList()
        var layoutName: JSON = .null
        var cardName: JSON = .null
        let archives = try archiveChecks(path: path, catalog: catalog, into: &checks)
        if !FileKind.isFile(path) {
            do {
                let layout = try layout ?? DatasetLayout.detect(path: path)
                layoutName = .string(layout.rawValue)
                let card = catalog.card(named: layout.cardName)
                cardName = card.map { .string($0.name) } ?? .null
                try structureChecks(path: path, layout: layout, card: card, into: &checks)
            } catch let error as InputError where archives > 0 && layout == nil {
                checks.add("layout", .skipped, "no dataset layout beside the archives (\(error.message))")
            }
        }
        let report = JSON.object([
            ("root", .string(path)), ("layout", layoutName), ("card", cardName),
            ("checks", .array(checks.items)), ("passed", .bool(checks.passed)),
        ])
        return Outcome(report: report, passed: checks.passed)
    }

    // MARK: - Archives

    /// Hashes every card download found at `path`; returns how many were found.
    private static func archiveChecks(path: String, catalog: DatasetCatalog, into checks: inout ChecksList) throws
        -> Int
    {
        let isFile = FileKind.isFile(path)
        let folder = isFile ? String(path.prefix(upTo: path.lastIndex(of: "/") ?? path.startIndex)) : path
        let fileName = isFile ? String(path.split(separator: "/").last ?? "") : nil
        var found = 0
        for card in catalog.cards {
            for download in card.downloads where fileName == nil || fileName == download.file {
                let archive = (folder.isEmpty ? "." : folder) + "/" + download.file
                guard FileKind.isFile(archive) else { continue }
                found += 1
                let name = "sha256 \(card.name)/\(download.name)"
                guard let expected = download.sha256 else {
                    checks.add(name, .skipped, "\(archive): the card has no checksum (\(download.note))")
                    continue
                }
                let actual = try SHA256.hexDigest(ofFile: archive)
                checks.add(
                    name, actual == expected ? .ok : .failed,
                    actual == expected ? "\(archive) matches" : "\(archive) has \(actual), expected \(expected)")
            }
        }
        if isFile && found == 0 {
            let known = catalog.cards.flatMap { $0.downloads.map(\.file) }.joined(separator: ", ")
            throw InputError("not a dataset folder nor a known archive (known archives: \(known))", file: path)
        }
        return found
    }

    // MARK: - Structure

    private static func structureChecks(
        path: String, layout: DatasetLayout, card: DatasetCard?, into checks: inout ChecksList
    ) throws {
        let dataset = try Dataset.open(path: path, layout: layout, card: card)
        let pairing = dataset.anomalies
        checks.add(
            "pairing", pairing.isEmpty ? .ok : .failed,
            pairing.isEmpty
                ? "every image has labels and every label file an image"
                : pairing.map(\.description).joined(separator: "; "))
        guard let card else {
            checks.add("card", .skipped, "no card for \(layout.cardName); counts and names not checked")
            return
        }
        checks.add(
            "card lists layout", card.layouts.contains(layout.rawValue) ? .ok : .failed,
            "card \(card.name) lists layouts \(card.layouts)")
        var names: [String: [String]] = [:]
        for sample in dataset { names[sample.metadata.split, default: []].append(sample.metadata.name) }
        for split in card.splits where split.parts.isEmpty {
            let found = names[split.name] ?? []
            checks.add(
                "count \(split.name)", found.count == split.count ? .ok : .failed,
                "\(found.count) images, card expects \(split.count)")
            if let expected = split.images?.map(\.name) {
                let missing = Set(expected).subtracting(found).sorted()
                let extra = Set(found).subtracting(expected).sorted()
                checks.add(
                    "names \(split.name)", missing.isEmpty && extra.isEmpty ? .ok : .failed,
                    missing.isEmpty && extra.isEmpty
                        ? "all \(expected.count) names match the card"
                        : "missing \(missing), not in the card \(extra)")
            }
        }
        let unknownSplits = Set(names.keys).subtracting(card.splits.map(\.name)).sorted()
        if !unknownSplits.isEmpty {
            let counts = unknownSplits.map { "\($0) \(names[$0]?.count ?? 0)" }.joined(separator: ", ")
            checks.add("other images", .skipped, "images outside the card's splits, not checked: \(counts)")
        }
        if !card.tissues.isEmpty {
            let unknown = Set(dataset.compactMap(\.metadata.tissue)).subtracting(card.tissues).sorted()
            checks.add(
                "tissues", unknown.isEmpty ? .ok : .failed,
                unknown.isEmpty ? "every tissue is one of the card's \(card.tissues.count)" : "unknown: \(unknown)")
        }
    }
}

/// The checks of a verification, in order.
private struct ChecksList {
    enum Status: String {
        case ok, failed, skipped
    }

    private(set) var items: [JSON] = []
    private(set) var passed = true

    mutating func add(_ check: String, _ status: Status, _ detail: String) {
        if status == .failed { passed = false }
        items.append(
            .object([("check", .string(check)), ("status", .string(status.rawValue)), ("detail", .string(detail))]))
    }
}

/// Whether a path is a regular file.
private enum FileKind {
    static func isFile(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
    }
}
