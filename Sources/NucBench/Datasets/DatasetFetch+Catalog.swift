import Foundation

extension DatasetFetch {
    /// Fetches a download named in the cards, or any URL under a file name.
    ///
    /// `name` is looked up with `DatasetCatalog.download(named:)`; the card gives the URL,
    /// file name and checksum, and `url` / `sha256` override them. A name the cards do not
    /// know is accepted only with `url`: it becomes the file name, and only `sha256` is
    /// checked.
    ///
    /// - Parameters:
    ///   - name: A download name (`pannuke/fold_1`, `fold_1`) or, with `url`, a file name.
    ///   - catalog: The cards, or nil when none were found.
    ///   - directory: The target folder.
    ///   - url: A URL to use instead of the card's.
    ///   - sha256: A checksum to use instead of the card's.
    /// - Returns: What was done.
    /// - Throws: `InputError` for an unknown name without `url`, a card location that is
    ///   not a plain URL, or a failed transfer or checksum (see `fetch(url:to:fileName:…)`).
    public static func fetch(
        name: String, catalog: DatasetCatalog?, to directory: String, url: String?, sha256: String?
    ) throws -> Outcome {
        let entry: (card: DatasetCard, download: DatasetCard.Download)?
        do {
            entry = try catalog?.download(named: name)
        } catch let error as InputError {
            guard url != nil else { throw error }
            entry = nil
        }
        guard let location = url ?? entry?.download.url else {
            throw InputError("no download called \"\(name)\": no dataset cards were found; pass --url")
        }
        guard let source = URL(string: location), source.scheme != nil, !location.contains(" ") else {
            throw InputError(
                "the card gives no direct URL for \(name) (\"\(location)\"); download it by hand or pass --url")
        }
        let fileName = entry?.download.file ?? name
        guard !fileName.contains("/"), fileName != "..", !fileName.isEmpty else {
            throw InputError("\"\(fileName)\" is not a plain file name")
        }
        return try fetch(
            url: source, to: directory, fileName: fileName, expectedSHA256: sha256 ?? entry?.download.sha256)
    }
}

extension DatasetFetch.Outcome {
    /// `{"path", "size", "resumed_from", "sha256", "verified", "already_present"}`.
    public var json: JSON {
        .object([
            ("path", .string(path)), ("size", .number(String(size))), ("resumed_from", .number(String(resumedFrom))),
            ("sha256", .string(sha256)), ("verified", .bool(verified)), ("already_present", .bool(alreadyPresent)),
        ])
    }
}
