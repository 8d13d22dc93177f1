/// Typed reads of an inference manifest's fields, each failure an `InputError` naming the field,
/// what it must be and what was found.
struct ManifestFields {
    /// The manifest object.
    let document: JSON
    /// The manifest file.
    let path: String

    /// A field that must be present.
    ///
    /// - Parameters:
    ///   - key: The field.
    ///   - read: Reads the present field.
    /// - Returns: The value.
    /// - Throws: `InputError` when the field is missing or `read` fails.
    func required<Value>(_ key: String, _ read: (String) throws -> Value) throws -> Value {
        guard document[key] != nil else { throw InputError("manifest field '\(key)' is missing", file: path) }
        return try read(key)
    }

    /// A field that may be absent.
    ///
    /// - Parameters:
    ///   - key: The field.
    ///   - read: Reads the present field.
    /// - Returns: The value, or nil when absent.
    /// - Throws: What `read` throws.
    func optional<Value>(_ key: String, _ read: (String) throws -> Value) throws -> Value? {
        document[key] == nil ? nil : try read(key)
    }

    /// A non-empty string.
    func text(_ key: String) throws -> String {
        guard let value = document[key]?.text, !value.isEmpty else {
            throw mismatch(key, "a non-empty string")
        }
        return value
    }

    /// An integer in `range`.
    func integer(_ key: String, in range: ClosedRange<Int>) throws -> Int {
        guard let value = document[key]?.int, range.contains(value) else {
            throw mismatch(key, "an integer from \(range.lowerBound) to \(range.upperBound)")
        }
        return value
    }

    /// A finite number, in `range` when one is given.
    func number(_ key: String, in range: ClosedRange<Double>?) throws -> Double {
        guard let value = document[key]?.double, value.isFinite, range?.contains(value) ?? true else {
            let bounds = range.map { " from \($0.lowerBound) to \($0.upperBound)" } ?? ""
            throw mismatch(key, "a finite number\(bounds)")
        }
        return value
    }

    /// `true` or `false`.
    func boolean(_ key: String) throws -> Bool {
        guard let value = document[key]?.bool else { throw mismatch(key, "true or false") }
        return value
    }

    /// A segmentor size.
    func variant(_ key: String) throws -> InferenceManifest.Variant {
        guard let text = document[key]?.text, let value = InferenceManifest.Variant(rawValue: text) else {
            let names = InferenceManifest.Variant.allCases.map { "\"\($0.rawValue)\"" }
            throw mismatch(key, "one of " + names.joined(separator: ", "))
        }
        return value
    }

    /// The error for a present field of the wrong type or value.
    private func mismatch(_ key: String, _ expected: String) -> InputError {
        let found = document[key].map(\.rendered) ?? "nothing"
        return InputError("manifest field '\(key)' must be \(expected), found \(found)", file: path)
    }
}
