extension PickleValue {
    // MARK: - Access

    /// The value stored under a string key of a `.dict`.
    ///
    /// - Parameter key: The key.
    /// - Returns: The value, or nil for a missing key or a value that is not a dict.
    public subscript(key: String) -> PickleValue? {
        guard case .dict(let entries) = self else { return nil }
        return entries.first { $0.key == .string(key) }?.value
    }

    /// The items of a `.list` or `.tuple`; nil otherwise.
    public var elements: [PickleValue]? {
        switch self {
        case .list(let items), .tuple(let items): return items
        default: return nil
        }
    }

    /// The entries of a `.dict`; nil otherwise.
    public var entries: [Entry]? {
        if case .dict(let entries) = self { return entries }
        return nil
    }

    /// The number of an `.int`; nil otherwise.
    public var int64: Int64? {
        if case .int(let value) = self { return value }
        return nil
    }

    /// The text of a `.string`; nil otherwise.
    public var string: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    /// The bytes of a `.bytes`; nil otherwise.
    public var bytes: [UInt8]? {
        if case .bytes(let data) = self { return data }
        return nil
    }

    /// The array of an `.array`; nil otherwise.
    public var array: PickledArray? {
        if case .array(let array) = self { return array }
        return nil
    }

    /// The Python type this value came from, for error messages (`dict`, `numpy.ndarray`).
    public var typeName: String {
        switch self {
        case .none: return "None"
        case .bool: return "bool"
        case .int: return "int"
        case .float: return "float"
        case .string: return "str"
        case .bytes: return "bytes"
        case .list: return "list"
        case .tuple: return "tuple"
        case .dict: return "dict"
        case .set: return "set"
        case .array(let array): return "numpy.ndarray of \(array.dtype)"
        case .objectArray: return "numpy.ndarray of object"
        case .scalar(let scalar): return "numpy scalar of \(scalar.dtype)"
        case .dtype: return "numpy.dtype"
        case .global(let name): return name
        case .persistentID: return "persistent id"
        case .tensor: return "torch.Tensor"
        case .skipped(let className): return className
        }
    }

    /// Whether the value may be a dict key or set element: Python's hashable values among
    /// those rebuilt here.
    var isHashable: Bool {
        switch self {
        case .none, .bool, .int, .float, .string, .bytes, .scalar, .dtype, .global: return true
        case .tuple(let items), .set(let items): return items.allSatisfy(\.isHashable)
        case .list, .dict, .array, .objectArray, .persistentID, .tensor, .skipped: return false
        }
    }

    /// Whether a tensor occurs anywhere inside the value.
    var containsTensor: Bool {
        var pending = [self]
        while let value = pending.popLast() {
            switch value {
            case .tensor: return true
            case .list(let items), .tuple(let items), .set(let items), .objectArray(_, let items): pending += items
            case .dict(let entries): pending += entries.flatMap { [$0.key, $0.value] }
            case .persistentID(let identifier): pending.append(identifier)
            default: continue
            }
        }
        return false
    }
}
