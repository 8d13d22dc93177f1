/// A Python literal from an `.npy` header, limited to what such a header can hold.
///
/// numpy writes the header with `repr` of a dict and reads it with `ast.literal_eval`
/// (numpy 2.4, `numpy/lib/_format_impl.py`, `_read_array_header`); this is the subset
/// of literals that can appear there.
indirect enum NpyHeaderLiteral: Equatable, CustomStringConvertible {
    /// A quoted string.
    case string(String)
    /// `True` or `False`.
    case boolean(Bool)
    /// A decimal integer that fits in `Int`.
    case integer(Int)
    /// `None`.
    case none
    /// A parenthesised tuple, including `()` and one-element `(5,)`.
    case tuple([NpyHeaderLiteral])
    /// A bracketed list.
    case list([NpyHeaderLiteral])
    /// A dict with string keys, each key once.
    case dictionary([String: NpyHeaderLiteral])

    /// The literal written back the way Python's `repr` would, for error messages.
    var description: String {
        switch self {
        case .string(let text): return "'\(text)'"
        case .boolean(let flag): return flag ? "True" : "False"
        case .integer(let value): return String(value)
        case .none: return "None"
        case .tuple(let items) where items.count == 1: return "(\(items[0]),)"
        case .tuple(let items): return "(" + items.map(\.description).joined(separator: ", ") + ")"
        case .list(let items): return "[" + items.map(\.description).joined(separator: ", ") + "]"
        case .dictionary(let entries):
            let body = entries.keys.sorted().map { key in
                "'\(key)': " + (entries[key]?.description ?? "")
            }
            return "{" + body.joined(separator: ", ") + "}"
        }
    }
}
