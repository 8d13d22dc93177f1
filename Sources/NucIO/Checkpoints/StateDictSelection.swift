/// Picks the model's state dict out of an unpickled checkpoint and sorts the other top-level
/// entries into metadata and skipped entries.
///
/// Rules (spec §1.3: PromptNucSeg saves `{'model': state_dict, …}`; the official SAM files
/// are a bare state dict):
/// - with an explicit key, that entry is the state dict;
/// - otherwise `model` when present, else the top level when every value is a tensor;
/// - a state dict maps string keys to tensors only;
/// - when every key starts with `module.` (a `DataParallel` wrapper), the prefix is removed.
struct StateDictSelection {
    /// The DataParallel prefix removed when every key has it.
    static let dataParallelPrefix = "module."

    /// The weights' top-level key, or nil for the top level itself.
    let weightsKey: String?
    /// The tensors in file order, with keys as the model expects them.
    let tensors: [(name: String, tensor: PickledTensor)]
    /// `module.` when it was removed.
    let strippedPrefix: String?
    /// Tensor-free top-level entries other than the weights.
    let metadata: [String: PickleValue]
    /// Other top-level entries that hold tensors.
    let skippedEntries: [String]

    /// Selects the state dict of `root`.
    ///
    /// - Parameters:
    ///   - root: The unpickled `data.pkl`.
    ///   - weightsKey: The top-level key to read the weights from, or nil to choose by the rules.
    /// - Throws: `InputError` (without a file) when the top level is not a string-keyed dict,
    ///   the key is missing, or the state dict holds something other than tensors.
    init(root: PickleValue, weightsKey: String?) throws {
        let entries = try Self.stringKeyed(root, what: "checkpoint's top level")
        let chosen: String?
        if let weightsKey {
            guard entries.contains(where: { $0.key == weightsKey }) else {
                throw InputError(
                    "checkpoint has no '\(weightsKey)' entry; top-level keys: \(Self.list(entries.map(\.key)))")
            }
            chosen = weightsKey
        } else if entries.contains(where: { $0.key == "model" }) {
            chosen = "model"
        } else if !entries.isEmpty, entries.allSatisfy({ if case .tensor = $0.value { true } else { false } }) {
            chosen = nil
        } else {
            throw InputError(
                "checkpoint has no 'model' entry and its top level is not a state dict; top-level keys: "
                    + Self.list(entries.map(\.key)))
        }
        let stateDict =
            try chosen.map { key in
                try Self.stringKeyed(entries.first { $0.key == key }?.value ?? .none, what: "checkpoint entry '\(key)'")
            } ?? entries
        var tensors: [(name: String, tensor: PickledTensor)] = []
        for (name, value) in stateDict {
            guard case .tensor(let tensor) = value else {
                throw InputError("state dict entry '\(name)' is a \(value.typeName), not a tensor")
            }
            tensors.append((name, tensor))
        }
        let prefix = Self.dataParallelPrefix
        let strip = !tensors.isEmpty && tensors.allSatisfy { $0.name.hasPrefix(prefix) }
        if strip { tensors = tensors.map { (String($0.name.dropFirst(prefix.count)), $0.tensor) } }
        var metadata: [String: PickleValue] = [:]
        var skipped: [String] = []
        if let chosen {
            for (key, value) in entries where key != chosen {
                if value.containsTensor { skipped.append(key) } else { metadata[key] = value }
            }
        }
        self.weightsKey = chosen
        self.tensors = tensors
        self.strippedPrefix = strip ? prefix : nil
        self.metadata = metadata
        self.skippedEntries = skipped
    }

    // MARK: - Helpers

    /// The entries of a dict whose keys are all strings.
    private static func stringKeyed(_ value: PickleValue, what: String) throws -> [(key: String, value: PickleValue)] {
        guard let entries = value.entries else {
            throw InputError("\(what) is a \(value.typeName), not a dict")
        }
        return try entries.map { entry in
            guard case .string(let key) = entry.key else {
                throw InputError("\(what) has a key of type \(entry.key.typeName); expected strings")
            }
            return (key, entry.value)
        }
    }

    /// Keys for an error message, at most 20.
    private static func list(_ keys: [String]) -> String {
        let shown = keys.prefix(20).joined(separator: ", ")
        return keys.count > 20 ? shown + ", … (\(keys.count) in all)" : (keys.isEmpty ? "(none)" : shown)
    }
}
