import ArgumentParser
import NucBench

/// `nucbench datasets fetch NAME --to DIR`: download with resume and SHA-256 check.
struct DatasetsFetchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fetch",
        abstract: "Download a dataset archive, resuming an interrupted transfer, and check its SHA-256.",
        discussion: """
            NAME is a card download (pannuke/fold_1, or fold_1 when unique); with --url it may be any file name. \
            Bytes go to DIR/<file>.part, renamed when complete and verified. An interrupted transfer keeps the \
            .part file and the same command resumes it (HTTP Range). A checksum mismatch deletes the download \
            and exits 3. Prints one JSON object.
            """
    )

    @Argument(help: "The download to fetch.")
    var name: String

    @Option(help: ArgumentHelp("Folder to download into (created if missing).", valueName: "dir"))
    var to: String

    @Option(help: ArgumentHelp("Fetch from this URL instead of the card's (a mirror).", valueName: "url"))
    var url: String?

    @Option(help: ArgumentHelp("Expected SHA-256 (64 hex digits), instead of the card's.", valueName: "hex"))
    var sha256: String?

    @OptionGroup var cards: DatasetsCardsOptions

    func validate() throws {
        if let sha256, !SHA256.isHexDigest(sha256.lowercased()) {
            throw ValidationError("--sha256 must be 64 hexadecimal digits")
        }
        if let url, !(url.hasPrefix("http://") || url.hasPrefix("https://")) {
            throw ValidationError("--url must start with http:// or https://")
        }
    }

    func run() throws {
        try reportingInputErrors {
            let outcome = try DatasetFetch.fetch(
                name: name, catalog: try cards.catalog(required: cards.cards != nil || url == nil), to: to, url: url,
                sha256: sha256?.lowercased())
            print(outcome.json.rendered)
        }
    }
}
