import ArgumentParser
import NucBench

/// `nucbench datasets verify PATH`: structure against the card, and archive checksums.
struct DatasetsVerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check a dataset folder against its card, and archives against their SHA-256.",
        discussion: """
            PATH is a dataset folder, a folder of downloaded archives, or one archive. Checks pairing, image \
            counts per split, image and tissue names where the card lists them, and the SHA-256 of every \
            archive named like a card download. Prints one JSON object; exits 1 when a check fails.
            """
    )

    @OptionGroup var dataset: DatasetsLayoutOptions
    @OptionGroup var cards: DatasetsCardsOptions

    func run() throws {
        try reportingInputErrors {
            guard let catalog = try cards.catalog(required: true) else { return }
            let outcome = try DatasetVerification.run(path: dataset.path, layout: dataset.layout, catalog: catalog)
            print(outcome.report.rendered)
            if !outcome.passed { throw ExitCode(1) }
        }
    }
}
