import ArgumentParser
import NucBench

/// `--cards DIR`: where the dataset cards are.
struct DatasetsCardsOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Folder of dataset cards (default: $NUCBENCH_CARDS, ./Datasets/cards, or the package's Datasets/cards).",
            valueName: "dir"))
    var cards: String?

    /// The catalog; the cards must exist when `--cards` was given.
    ///
    /// - Parameter required: Whether missing default cards are an error.
    /// - Returns: The catalog, or nil when no default folder exists and none is required.
    /// - Throws: `InputError` for an unreadable folder or card.
    func catalog(required: Bool) throws -> DatasetCatalog? {
        if cards == nil && !required && DatasetCatalog.defaultDirectory() == nil { return nil }
        return try DatasetCatalog.load(directory: cards)
    }
}
