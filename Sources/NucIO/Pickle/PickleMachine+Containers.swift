extension PickleMachine {
    // MARK: - Containers

    /// Pushes a tuple of `items`.
    ///
    /// - Parameter items: The elements, first to last.
    /// - Throws: `InputError` when the tuple nests too deeply or the stack is full.
    mutating func pushTuple(_ items: [PickleItem]) throws {
        try push(.box(makeBox(.tuple(items), depth: 1 + PickleItem.maximumDepth(of: items))))
    }

    /// `APPEND` and `APPENDS`: adds `items` to the list on top of the stack.
    ///
    /// - Parameter items: The elements to add.
    /// - Throws: `InputError` when the top is not a list or nests too deeply.
    mutating func append(_ items: [PickleItem]) throws {
        let box = try topBox(for: "APPEND")
        guard case .list(var list) = box.content else {
            throw InputError("APPEND to a \(box.typeName) is not supported")
        }
        try deepen(box, toHold: items)
        box.content = .cleared
        list.append(contentsOf: items)
        box.content = .list(list)
    }

    /// `SETITEM`, `SETITEMS` and `DICT`: sets key–value pairs on the dict on top of the stack.
    ///
    /// - Parameter items: Keys and values, alternating.
    /// - Throws: `InputError` for an odd count, a top that is not a dict, an unhashable key,
    ///   or too deep a nesting.
    mutating func setItems(_ items: [PickleItem]) throws {
        guard items.count.isMultiple(of: 2) else {
            throw InputError("SETITEMS needs key-value pairs, got \(items.count) items")
        }
        let box = try topBox(for: "SETITEM")
        guard case .dict(var content) = box.content else {
            throw InputError("SETITEM on a \(box.typeName) is not supported")
        }
        let keys = try stride(from: 0, to: items.count, by: 2).map { try hashableValue(items[$0], role: "dict key") }
        try deepen(box, toHold: items)
        box.content = .cleared
        for (pair, key) in keys.enumerated() {
            content.set(key, items[2 * pair + 1])
        }
        box.content = .dict(content)
    }

    /// `ADDITEMS`: adds elements to the set on top of the stack.
    ///
    /// - Parameter items: The elements.
    /// - Throws: `InputError` when the top is not a set or an element is unhashable.
    mutating func addItems(_ items: [PickleItem]) throws {
        let box = try topBox(for: "ADDITEMS")
        guard case .set(var elements, var seen) = box.content else {
            throw InputError("ADDITEMS on a \(box.typeName) is not supported")
        }
        let values = try items.map { try hashableValue($0, role: "set element") }
        try deepen(box, toHold: items)
        box.content = .cleared
        for value in values where seen.insert(value).inserted {
            elements.append(value)
        }
        box.content = .set(elements, seen)
    }

    // MARK: - Helpers

    /// The box on top of the stack.
    private func topBox(for opcode: String) throws -> PickleBox {
        let item = try top()
        guard case .box(let box) = item else {
            throw InputError("\(opcode) on a \(item.typeName) is not supported")
        }
        return box
    }

    /// Raises `box.depth` to hold `items`, failing beyond the limit.
    private func deepen(_ box: PickleBox, toHold items: [PickleItem]) throws {
        let depth = max(box.depth, 1 + PickleItem.maximumDepth(of: items))
        guard depth <= limits.maximumDepth else {
            throw InputError("pickle nests deeper than \(limits.maximumDepth) levels")
        }
        box.depth = depth
    }

    /// Converts a dict key or set element, which must be hashable.
    private mutating func hashableValue(_ item: PickleItem, role: String) throws -> PickleValue {
        let value = try converter.convert(item).value
        guard value.isHashable else { throw InputError("unhashable \(value.typeName) used as a \(role)") }
        return value
    }
}
