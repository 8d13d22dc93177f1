/// Typed, strict access to the tables and keys of an `AblationConfig` document, with errors that
/// name the file, the line and the key.
struct AblationConfigFields {
    let document: TOMLDocument

    /// Rejects tables and keys that are not allowed; a table listed with no keys takes any key.
    func checkKeys(_ allowed: [String: [String]]) throws {
        for (name, table) in document.tables.sorted(by: { $0.value.line < $1.value.line }) {
            guard let keys = allowed[name] else {
                throw InputError(
                    "line \(table.line): unknown table [\(name)]; expected "
                        + allowed.keys.filter { !$0.isEmpty }.sorted().map { "[\($0)]" }.joined(separator: ", "),
                    file: document.path)
            }
            guard !keys.isEmpty else { continue }
            for (key, entry) in table.entries.sorted(by: { $0.value.line < $1.value.line }) where !keys.contains(key) {
                throw InputError(
                    "line \(entry.line): unknown key \"\(key)\"\(Self.place(name)); expected "
                        + keys.joined(separator: ", "), file: document.path)
            }
        }
    }

    /// The keys of a table in line order (none when the table is absent).
    func keys(of table: String) -> [String] {
        (document.tables[table]?.entries ?? [:]).sorted { $0.value.line < $1.value.line }.map(\.key)
    }

    /// A value that must be present.
    func required<T>(_ table: String, _ key: String, _ read: (String, TOMLDocument.Entry) throws -> T) throws -> T {
        guard let value = try optional(table, key, read) else {
            throw InputError("missing key \"\(key)\"\(Self.place(table))", file: document.path)
        }
        return value
    }

    /// A value, or nil when the key is absent.
    func optional<T>(_ table: String, _ key: String, _ read: (String, TOMLDocument.Entry) throws -> T) throws -> T? {
        guard let entry = document.tables[table]?.entries[key] else { return nil }
        return try read(key, entry)
    }

    func string(_ key: String, _ entry: TOMLDocument.Entry) throws -> String {
        guard case .string(let text) = entry.value else { throw mistyped(key, entry, "a string") }
        guard !text.isEmpty else { throw InputError("line \(entry.line): \(key) is empty", file: document.path) }
        return text
    }

    /// A string usable in run names: letters, digits, `.`, `_` and `-`.
    func runName(_ key: String, _ entry: TOMLDocument.Entry) throws -> String {
        let text = try string(key, entry)
        guard text.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "._-".contains($0)) }) else {
            throw InputError(
                "line \(entry.line): \(key) \"\(text)\" may hold only letters, digits, '.', '_' and '-'",
                file: document.path)
        }
        return text
    }

    func integer(_ key: String, _ entry: TOMLDocument.Entry, minimum: Int) throws -> Int {
        guard case .integer(let value) = entry.value else { throw mistyped(key, entry, "an integer") }
        guard value >= minimum else {
            throw InputError(
                "line \(entry.line): \(key) is \(value); expected at least \(minimum)", file: document.path)
        }
        return value
    }

    /// An error about a key that is present, with its line.
    func error(at table: String, _ key: String, _ message: String) -> InputError {
        let line = document.tables[table]?.entries[key]?.line
        return InputError((line.map { "line \($0): " } ?? "") + message, file: document.path)
    }

    private func mistyped(_ key: String, _ entry: TOMLDocument.Entry, _ expected: String) -> InputError {
        let name = entry.value.typeName
        let article = name.first.map { "aeiou".contains($0) } ?? false ? "an" : "a"
        return InputError(
            "line \(entry.line): \(key) is \(article) \(name); expected \(expected)", file: document.path)
    }

    private static func place(_ table: String) -> String {
        table.isEmpty ? "" : " in [\(table)]"
    }
}
