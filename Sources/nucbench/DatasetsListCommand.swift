import ArgumentParser
import NucBench

/// `nucbench datasets list`: the dataset cards.
struct DatasetsListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "Print the dataset cards: splits, pixel size, 3 µm radius, classes, licence, downloads."
    )

    @OptionGroup var cards: DatasetsCardsOptions

    @Flag(help: "Print each card as one line of JSON instead of text.")
    var json = false

    func run() throws {
        try reportingInputErrors {
            guard let catalog = try cards.catalog(required: true) else { return }
            if json {
                for document in try catalog.documents() { print(document.rendered) }
            } else {
                print(catalog.listing)
            }
        }
    }
}
