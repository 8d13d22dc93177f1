/// A value on the unpickler's stack or in its memo, before the result is converted to
/// `PickleValue`s.
enum PickleItem {
    /// A finished value that no later opcode can change, and how deeply it nests.
    case value(PickleValue, depth: Int)
    /// A container or object that later opcodes may still fill or build; shared by identity.
    case box(PickleBox)
    /// An allow-listed global.
    case global(PickleGlobal)

    /// How deeply the item nests, as far as is known when it is used.
    var depth: Int {
        switch self {
        case .value(_, let depth): return depth
        case .box(let box): return box.depth
        case .global: return 0
        }
    }

    /// The greatest depth of `items`, 0 when there are none.
    ///
    /// - Parameter items: The items.
    /// - Returns: Their maximum depth.
    static func maximumDepth(of items: [PickleItem]) -> Int {
        var deepest = 0
        for item in items where item.depth > deepest { deepest = item.depth }
        return deepest
    }

    /// What the item is, named as Python would, for error messages.
    var typeName: String {
        switch self {
        case .value(let value, _): return value.typeName
        case .box(let box): return box.typeName
        case .global(let global): return global.name
        }
    }
}

/// A mutable container or built object, shared by reference as Python shares objects, so
/// that `APPEND`, `SETITEMS` and `BUILD` after a `MEMOIZE` are seen through every reference.
///
/// The unpickler keeps every box in an arena and clears them all when it finishes, so that
/// releasing a long chain of boxes never recurses deeply.
final class PickleBox {
    /// What the box holds.
    enum Content {
        /// A `list`.
        case list([PickleItem])
        /// A `tuple` (immutable, but it may hold boxes that are still being filled).
        case tuple([PickleItem])
        /// A `dict`: keys already converted (they must be hashable), values still items.
        case dict(DictContent)
        /// A mutable `set`: elements already converted.
        case set([PickleValue], Set<PickleValue>)
        /// What a `REDUCE` or `NEWOBJ` returned, replaced by each `BUILD`.
        case object(PickleValue)
        /// Emptied by the arena when the unpickler is done.
        case cleared
    }

    /// The entries of a dict box, in insertion order.
    struct DictContent {
        /// Keys in insertion order.
        var keys: [PickleValue] = []
        /// The value of each key.
        var values: [PickleItem] = []
        /// Where each key is in `keys`.
        var positions: [PickleValue: Int] = [:]

        /// Sets `key` to `value`, keeping the key's first position as Python's dict does.
        ///
        /// - Parameters:
        ///   - key: A hashable key.
        ///   - value: The value.
        mutating func set(_ key: PickleValue, _ value: PickleItem) {
            if let position = positions[key] {
                values[position] = value
            } else {
                positions[key] = keys.count
                keys.append(key)
                values.append(value)
            }
        }
    }

    /// What the box holds.
    var content: Content
    /// The global whose call made the box, which decides what `BUILD` does.
    let creator: PickleGlobal?
    /// An upper bound of the nesting depth, kept up to date by the opcodes that fill the box.
    var depth: Int
    /// Set while the box is being converted, to detect a box that contains itself.
    var isConverting = false

    /// Creates a box.
    ///
    /// - Parameters:
    ///   - content: What it holds.
    ///   - creator: The global whose call made it, if any.
    ///   - depth: Its nesting depth so far.
    init(_ content: Content, creator: PickleGlobal? = nil, depth: Int) {
        self.content = content
        self.creator = creator
        self.depth = depth
    }

    /// What the box holds, named as Python would, for error messages.
    var typeName: String {
        switch content {
        case .list: return "list"
        case .tuple: return "tuple"
        case .dict: return creator?.name ?? "dict"
        case .set: return "set"
        case .object(let value): return value.typeName
        case .cleared: return "cleared object"
        }
    }
}
