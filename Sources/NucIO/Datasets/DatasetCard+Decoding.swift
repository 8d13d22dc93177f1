extension DatasetCard {
    /// Reads a card file.
    ///
    /// - Parameter path: A `<name>.json` card.
    /// - Returns: The card.
    /// - Throws: `InputError` naming the file and the key for unreadable JSON, a missing
    ///   key, a value of the wrong type, or a card whose `name` is not its file name.
    public static func read(path: String) throws -> DatasetCard {
        let card = try DatasetCard(json: try JSON.read(path: path), file: path)
        let fileName = path.split(separator: "/").last.map(String.init) ?? path
        guard fileName == card.name + ".json" else {
            throw InputError("card is named \"\(card.name)\" but its file is \(fileName)", file: path)
        }
        return card
    }

    /// Reads every `*.json` card of a folder, sorted by file name.
    ///
    /// - Parameter directory: The cards folder (`Datasets/cards`).
    /// - Returns: The cards.
    /// - Throws: `InputError` for a missing folder or a malformed card.
    public static func readAll(directory: String) throws -> [DatasetCard] {
        try DirectoryListing(path: directory).fileNames.filter { $0.hasSuffix(".json") }.map {
            try read(path: directory + "/" + $0)
        }
    }

    /// Decodes a card.
    ///
    /// - Parameters:
    ///   - json: The card document.
    ///   - file: Where it came from, named in errors.
    /// - Throws: `InputError` naming the key for a missing key or a value of the wrong type.
    public init(json: JSON, file: String? = nil) throws {
        let card = CardField(json, path: "$", file: file)
        name = try card["name"].string()
        title = try card["title"].string()
        layouts = try card["layouts"].array().map { try $0.string() }
        imageCount = try card["image_count"].int()
        imageSize = try card["image_size"].string()
        splits = try card["splits"].array().map(Split.init)
        protocols = try card["protocols"].array().map(SplitProtocol.init)
        pixelSize = try PixelSize(card["pixel_size"])
        matching = try Matching(card["matching"])
        classes = try card["classes"].array().map(ClassEntry.init)
        tissues = try card["tissues"].array().map { try $0.string() }
        licence = try Licence(card["licence"])
        downloads = try card["downloads"].array().map(Download.init)
        notes = try card["notes"].array().map { try $0.string() }
        sources = try card["sources"].array().map { try $0.string() }
    }
}

// MARK: - Parts

extension DatasetCard.Split {
    fileprivate init(_ field: CardField) throws {
        name = try field["name"].string()
        count = try field["count"].int()
        parts = try field["parts"].array().map { try $0.string() }
        images = try field["images"].optional()?.array().map(DatasetCard.ImageEntry.init)
        note = try field["note"].optional()?.string()
    }
}

extension DatasetCard.ImageEntry {
    fileprivate init(_ field: CardField) throws {
        name = try field["name"].string()
        tissue = try field["tissue"].optional()?.string()
    }
}

extension DatasetCard.SplitProtocol {
    fileprivate init(_ field: CardField) throws {
        name = try field["name"].string()
        train = try field["train"].array().map { try $0.string() }
        validation = try field["validation"].array().map { try $0.string() }
        test = try field["test"].array().map { try $0.string() }
    }
}

extension DatasetCard.PixelSize {
    fileprivate init(_ field: CardField) throws {
        nominal = try field["nominal_um_per_px"].optional()?.double()
        candidates = try field["candidates_um_per_px"].array().map { try $0.double() }
        perImage = try field["per_image_um_per_px"].members().mapValues { try $0.double() }
        verified = try field["verified"].bool()
        note = try field["note"].string()
    }
}

extension DatasetCard.Matching {
    fileprivate init(_ field: CardField) throws {
        radiusMicrons = try field["radius_um"].double()
        radiusPixels = try field["radius_px"].optional()?.int()
        referenceRadiusPixels = try field["reference_radius_px"].int()
        rule = try field["rule"].string()
    }
}

extension DatasetCard.ClassEntry {
    fileprivate init(_ field: CardField) throws {
        channel = try field["channel"].int()
        name = try field["name"].string()
        aliases = try field["aliases"].array().map { try $0.string() }
        ignored = try field["ignored"].bool()
    }
}

extension DatasetCard.Licence {
    fileprivate init(_ field: CardField) throws {
        name = try field["name"].string()
        note = try field["note"].string()
    }
}

extension DatasetCard.Download {
    fileprivate init(_ field: CardField) throws {
        name = try field["name"].string()
        url = try field["url"].string()
        file = try field["file"].string()
        sha256 = try field["sha256"].optional()?.string()
        note = try field["note"].string()
        if let sha256, !SHA256.isHexDigest(sha256) {
            throw field["sha256"].failure("is not 64 lower-case hex digits")
        }
    }
}

// MARK: - Field access

/// A value inside a card with its key path, so errors say where the problem is.
private struct CardField {
    let value: JSON?
    let path: String
    let file: String?

    init(_ value: JSON?, path: String, file: String?) {
        self.value = value
        self.path = path
        self.file = file
    }

    /// The member `key`; a missing parent stays the field that errors name.
    subscript(key: String) -> CardField {
        guard let value else { return self }
        return CardField(value[key], path: path + "." + key, file: file)
    }

    func failure(_ problem: String) -> InputError {
        InputError("card field \(path) \(problem)", file: file)
    }

    /// Nil for `null`; the field itself otherwise (a missing key is still an error).
    func optional() throws -> CardField? {
        guard let value else { throw failure("is missing") }
        return value.isNull ? nil : self
    }

    func string() throws -> String {
        guard let text = value?.text else { throw failure(value == nil ? "is missing" : "must be a string") }
        return text
    }

    func int() throws -> Int {
        guard let number = value?.int else { throw failure(value == nil ? "is missing" : "must be an integer") }
        return number
    }

    func double() throws -> Double {
        guard let number = value?.double else { throw failure(value == nil ? "is missing" : "must be a number") }
        return number
    }

    func bool() throws -> Bool {
        guard let flag = value?.bool else { throw failure(value == nil ? "is missing" : "must be true or false") }
        return flag
    }

    func array() throws -> [CardField] {
        guard let elements = value?.elements else {
            throw failure(value == nil ? "is missing" : "must be an array")
        }
        return elements.enumerated().map { CardField($1, path: "\(path)[\($0)]", file: file) }
    }

    func members() throws -> [String: CardField] {
        guard case .object(let members) = value else {
            throw failure(value == nil ? "is missing" : "must be an object")
        }
        var fields: [String: CardField] = [:]
        for member in members where fields[member.key] == nil {
            fields[member.key] = CardField(member.value, path: path + "." + member.key, file: file)
        }
        return fields
    }
}
