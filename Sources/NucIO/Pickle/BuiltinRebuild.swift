/// Rebuild rules for the Python built-ins and standard-library types plain-data pickles use.
///
/// Protocol 2 writes `bytes` as `_codecs.encode(text, 'latin1')` and `bytearray`, `set` and
/// `frozenset` as calls of their classes; `OrderedDict` is always a call with no arguments
/// followed by `SETITEMS` (CPython 3.11 `Lib/pickle.py`, `save_bytes`, `save_set`,
/// `save_reduce`).
enum BuiltinRebuild {
    /// The entries this type provides.
    static let globals: [PickleGlobal] = [
        PickleGlobal("collections.OrderedDict", call: orderedDict, build: .ignoreState),
        PickleGlobal("builtins.set", call: set),
        PickleGlobal("builtins.frozenset", call: set),
        PickleGlobal("builtins.bytearray", call: bytes),
        PickleGlobal("builtins.bytes", call: bytes),
        PickleGlobal("_codecs.encode", call: encode),
    ]

    // MARK: - Rules

    /// `OrderedDict()`: an empty dict that `SETITEMS` then fills.
    private static func orderedDict(_ arguments: [PickleValue]) throws -> PickleValue {
        guard arguments.isEmpty else {
            throw InputError("collections.OrderedDict takes no arguments in a pickle, got \(arguments.count)")
        }
        return .dict([])
    }

    /// `set(items)` and `frozenset(items)`: the distinct items in order.
    private static func set(_ arguments: [PickleValue]) throws -> PickleValue {
        if arguments.isEmpty { return .set([]) }
        guard arguments.count == 1, let items = arguments[0].elements else {
            throw InputError("set() expects one list of items, got \(arguments.map(\.typeName))")
        }
        return .set(try uniqueElements(items))
    }

    /// `bytes()`, `bytearray(data)` and `bytearray(text, encoding)`.
    private static func bytes(_ arguments: [PickleValue]) throws -> PickleValue {
        switch arguments.first {
        case nil:
            return .bytes([])
        case .bytes(let data)? where arguments.count == 1:
            return .bytes(data)
        case .string? where arguments.count == 2:
            return try encode(arguments)
        default:
            throw InputError("bytes() expects bytes or (text, encoding), got \(arguments.map(\.typeName))")
        }
    }

    /// `_codecs.encode(text, encoding)` for Latin-1 and UTF-8.
    private static func encode(_ arguments: [PickleValue]) throws -> PickleValue {
        guard (1...2).contains(arguments.count), case .string(let text) = arguments[0] else {
            throw InputError("_codecs.encode expects (text, encoding), got \(arguments.map(\.typeName))")
        }
        let encoding = arguments.count == 2 ? arguments[1].string?.lowercased() : "utf-8"
        switch encoding {
        case "latin1", "latin-1", "iso-8859-1", "iso8859-1":
            var result: [UInt8] = []
            result.reserveCapacity(text.unicodeScalars.count)
            for scalar in text.unicodeScalars {
                guard scalar.value <= 0xFF else {
                    throw InputError("_codecs.encode: U+\(String(scalar.value, radix: 16)) is not Latin-1")
                }
                result.append(UInt8(scalar.value))
            }
            return .bytes(result)
        case "utf-8", "utf8":
            return .bytes(Array(text.utf8))
        default:
            throw InputError("_codecs.encode: encoding \(arguments[1]) is not supported; expected latin1 or utf-8")
        }
    }

    // MARK: - Helpers

    /// The distinct values of `items` in first-seen order, all of which must be hashable.
    ///
    /// - Parameter items: Set elements.
    /// - Returns: Them without repeats.
    /// - Throws: `InputError` for an unhashable element.
    static func uniqueElements(_ items: [PickleValue]) throws -> [PickleValue] {
        var seen = Swift.Set<PickleValue>()
        var result: [PickleValue] = []
        for item in items {
            guard item.isHashable else { throw InputError("unhashable \(item.typeName) in a set") }
            if seen.insert(item).inserted { result.append(item) }
        }
        return result
    }
}
