/// A small strict XML reader for annotation files: elements and attributes, nothing else.
///
/// It reads well-formed XML 1.0 documents in UTF-8 (or ASCII) and reports element starts
/// and ends; text, comments, CDATA sections and processing instructions are checked and
/// skipped. Document type declarations are refused outright, so there are no external
/// entities (no file or network access) and no entity expansion ("billion laughs"); only
/// the five predefined entities and character references are decoded. Every error names
/// the file and the byte offset where the document stops being acceptable.
struct XMLScanner {
    /// Something the document contains.
    enum Event: Equatable {
        /// `<name attributes…>` or `<name … />`, at the byte offset of its `<`.
        case start(name: String, attributes: [String: String], offset: Int)
        /// `</name>`, or the implied end of an empty-element tag.
        case end(name: String, offset: Int)
    }

    /// Deepest element nesting accepted.
    static let maximumDepth = 256

    let bytes: [UInt8]
    let file: String?
    var position = 0
    private var openElements: [String] = []
    private var sawRoot = false
    private var pendingEnd: Event?

    /// Creates a scanner over a whole document.
    ///
    /// - Parameters:
    ///   - bytes: The document.
    ///   - file: Its path, for errors.
    /// - Throws: `InputError` for a UTF-16 or UTF-32 document.
    init(bytes: [UInt8], file: String?) throws {
        self.bytes = bytes
        self.file = file
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            position = 3
        } else if bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE])
            || bytes.starts(with: [0x00, 0x3C]) || bytes.starts(with: [0x3C, 0x00])
        {
            throw InputError("UTF-16 and UTF-32 XML are not supported; expected UTF-8", file: file, offset: 0)
        }
    }

    /// The next element start or end.
    ///
    /// - Returns: The event, or nil once the root element has ended and only whitespace,
    ///   comments and processing instructions follow.
    /// - Throws: `InputError` at the first byte that is not acceptable.
    mutating func next() throws -> Event? {
        if let pending = pendingEnd {
            pendingEnd = nil
            openElements.removeLast()
            return pending
        }
        while position < bytes.count {
            guard bytes[position] == UInt8(ascii: "<") else {
                try skipText()
                continue
            }
            if hasPrefix("<?") {
                try skip(past: "?>", what: "processing instruction")
            } else if hasPrefix("<!--") {
                try skip(past: "-->", what: "comment")
            } else if hasPrefix("<![CDATA[") {
                guard !openElements.isEmpty else { throw failure("CDATA section outside the root element") }
                try skip(past: "]]>", what: "CDATA section")
            } else if hasPrefix("<!") {
                throw failure(
                    "document type declarations (<!DOCTYPE, <!ENTITY) are not allowed: entities are not expanded")
            } else if hasPrefix("</") {
                return try endTag()
            } else {
                return try startTag()
            }
        }
        if let open = openElements.last { throw failure("document ends inside <\(open)>") }
        guard sawRoot else { throw failure("document has no root element") }
        return nil
    }

    // MARK: - Tags

    private mutating func startTag() throws -> Event {
        let offset = position
        guard openElements.count < Self.maximumDepth else {
            throw failure("elements nest deeper than \(Self.maximumDepth) levels")
        }
        guard !(openElements.isEmpty && sawRoot) else { throw failure("document has a second root element") }
        position += 1
        let name = try readName(what: "element name")
        var attributes: [String: String] = [:]
        while true {
            let hadSpace = skipWhitespace()
            if hasPrefix("/>") || hasPrefix(">") { break }
            guard hadSpace else { throw failure("expected whitespace, '>' or '/>' in <\(name)>") }
            let attributeOffset = position
            let (key, value) = try readAttribute()
            guard attributes.updateValue(value, forKey: key) == nil else {
                throw InputError("attribute \(key) appears twice in <\(name)>", file: file, offset: attributeOffset)
            }
        }
        sawRoot = true
        openElements.append(name)
        let event = Event.start(name: name, attributes: attributes, offset: offset)
        if hasPrefix("/>") {
            position += 2
            pendingEnd = .end(name: name, offset: offset)
        } else {
            position += 1
        }
        return event
    }

    private mutating func endTag() throws -> Event {
        let offset = position
        position += 2
        let name = try readName(what: "element name")
        skipWhitespace()
        guard hasPrefix(">") else { throw failure("expected '>' to close </\(name)>") }
        guard let open = openElements.last else {
            throw InputError("</\(name)> closes no open element", file: file, offset: offset)
        }
        guard open == name else { throw InputError("</\(name)> closes <\(open)>", file: file, offset: offset) }
        position += 1
        openElements.removeLast()
        return .end(name: name, offset: offset)
    }

    /// Character data between tags: whitespace outside the root, references checked.
    private mutating func skipText() throws {
        while position < bytes.count, bytes[position] != UInt8(ascii: "<") {
            let byte = bytes[position]
            if openElements.isEmpty, !Self.isWhitespace(byte) {
                throw failure(sawRoot ? "text after the root element" : "text before the root element")
            }
            if byte == UInt8(ascii: "&") {
                _ = try readReference()
            } else {
                position += 1
            }
        }
    }

    // MARK: - Helpers

    /// Whether the unread bytes start with `text`.
    func hasPrefix(_ text: StaticString) -> Bool {
        let count = text.utf8CodeUnitCount
        guard bytes.count - position >= count else { return false }
        return text.withUTF8Buffer { prefix in
            (0..<count).allSatisfy { bytes[position + $0] == prefix[$0] }
        }
    }

    /// Skips to just past `terminator`.
    private mutating func skip(past terminator: StaticString, what: String) throws {
        let start = position
        while position < bytes.count {
            if hasPrefix(terminator) {
                position += terminator.utf8CodeUnitCount
                return
            }
            position += 1
        }
        throw InputError("unterminated \(what)", file: file, offset: start)
    }

    /// An error at the current position.
    func failure(_ message: String) -> InputError {
        InputError(message, file: file, offset: position)
    }

    /// Whether `byte` is XML whitespace.
    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}
