import Foundation

/// The committed dataset cards (`Datasets/cards/*.json`) and lookups over them.
public struct DatasetCatalog: Sendable {
    /// The folder the cards were read from.
    public let directory: String
    /// The cards, sorted by file name.
    public let cards: [DatasetCard]

    /// Environment variable naming the cards folder, checked before the defaults.
    public static let environmentVariable = "NUCBENCH_CARDS"

    /// Reads the cards of a folder.
    ///
    /// - Parameter directory: The folder, or nil for `defaultDirectory()`.
    /// - Returns: The catalog.
    /// - Throws: `InputError` when no folder is given or found, or a card is malformed.
    public static func load(directory: String?) throws -> DatasetCatalog {
        guard let directory = directory ?? defaultDirectory() else {
            throw InputError(
                "no dataset cards found: pass --cards DIR, set \(environmentVariable), or run from the package root "
                    + "(Datasets/cards)")
        }
        return DatasetCatalog(directory: directory, cards: try DatasetCard.readAll(directory: directory))
    }

    /// Where the cards are when no folder is named: `$NUCBENCH_CARDS`, then `Datasets/cards`
    /// under the working directory, then under each ancestor of the running executable
    /// (so a binary in `.build/debug` finds the package's cards).
    ///
    /// - Returns: The first folder that exists, or nil.
    public static func defaultDirectory() -> String? {
        let fileManager = FileManager.default
        var candidates: [String] = []
        if let named = ProcessInfo.processInfo.environment[environmentVariable] { candidates.append(named) }
        candidates.append(fileManager.currentDirectoryPath + "/Datasets/cards")
        var folder = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
            .deletingLastPathComponent()
        while folder.path != "/" && !folder.path.isEmpty {
            candidates.append(folder.appendingPathComponent("Datasets/cards").path)
            folder.deleteLastPathComponent()
        }
        var isDirectory: ObjCBool = false
        return candidates.first {
            fileManager.fileExists(atPath: $0, isDirectory: &isDirectory) && isDirectory.boolValue
        }
    }

    /// The card called `name`.
    ///
    /// - Parameter name: A card name such as `pannuke`.
    /// - Returns: The card, or nil.
    public func card(named name: String) -> DatasetCard? {
        cards.first { $0.name == name }
    }

    /// Resolves a download name: `card/download`, a download name unique across cards, or a
    /// card name with a single download.
    ///
    /// - Parameter name: The name given on the command line.
    /// - Returns: The card and the download.
    /// - Throws: `InputError` listing the known names when `name` matches none or several.
    public func download(named name: String) throws -> (card: DatasetCard, download: DatasetCard.Download) {
        let all = cards.flatMap { card in card.downloads.map { (card: card, download: $0) } }
        let matches = all.filter {
            "\($0.card.name)/\($0.download.name)" == name || $0.download.name == name
                || ($0.card.name == name && $0.card.downloads.count == 1)
        }
        if matches.count == 1, let match = matches.first { return match }
        let known = all.map { "\($0.card.name)/\($0.download.name)" }.joined(separator: ", ")
        let problem = matches.isEmpty ? "no download called \"\(name)\"" : "\"\(name)\" names several downloads"
        throw InputError("\(problem) in \(directory); known: \(known)")
    }
}
