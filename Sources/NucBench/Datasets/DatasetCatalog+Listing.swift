extension DatasetCatalog {
    /// The cards as text for `nucbench datasets list`: one block per card.
    public var listing: String {
        cards.map(Self.block).joined(separator: "\n")
    }

    /// Every card as parsed JSON, in catalog order, for `nucbench datasets list --json`.
    ///
    /// - Returns: One document per card.
    /// - Throws: `InputError` when a card file can no longer be read.
    public func documents() throws -> [JSON] {
        try cards.map { try JSON.read(path: directory + "/" + $0.name + ".json") }
    }

    private static func block(_ card: DatasetCard) -> String {
        var lines = ["\(card.name) — \(card.title)"]
        let splits = card.splits.map { split in
            split.parts.isEmpty
                ? "\(split.name) \(split.count)"
                : "\(split.name) \(split.count) = \(split.parts.joined(separator: " + "))"
        }
        lines.append("  images: \(card.imageCount) (\(card.imageSize)); splits: \(splits.joined(separator: ", "))")
        if !card.protocols.isEmpty {
            let protocols = card.protocols.map { entry in
                let validation = entry.validation.isEmpty ? "" : " / val \(entry.validation.joined(separator: "+"))"
                return "\(entry.name) train \(entry.train.joined(separator: "+"))\(validation) / test "
                    + entry.test.joined(separator: "+")
            }
            lines.append("  protocols: " + protocols.joined(separator: "; "))
        }
        let pixel = card.pixelSize
        let size =
            pixel.nominal.map { "\($0) µm/px" }
            ?? "unknown (candidates \(pixel.candidates.map { "\($0)" }.joined(separator: ", ")) µm/px)"
        let radius = card.matching.radiusPixels.map { "\($0) px" } ?? "unknown"
        lines.append(
            "  pixel size: \(size)\(pixel.verified ? "" : ", unverified"); 3 µm = \(radius) "
                + "(reference code: \(card.matching.referenceRadiusPixels) px)")
        if !card.classes.isEmpty {
            let classes = card.classes.map { entry in
                let aliases = entry.aliases.isEmpty ? "" : " (\(entry.aliases.joined(separator: ", ")))"
                return "\(entry.channel) \(entry.name)\(aliases)\(entry.ignored ? " [ignored]" : "")"
            }
            lines.append("  classes: " + classes.joined(separator: "; "))
        }
        if !card.tissues.isEmpty { lines.append("  tissues: " + card.tissues.joined(separator: ", ")) }
        lines.append(
            "  layouts: " + (card.layouts.isEmpty ? "none readable yet" : card.layouts.joined(separator: ", ")))
        lines.append("  licence: \(card.licence.name)")
        for download in card.downloads {
            lines.append(
                "  download \(card.name)/\(download.name): \(download.url) → \(download.file), sha256 "
                    + (download.sha256 ?? "unknown"))
        }
        return lines.joined(separator: "\n")
    }
}
