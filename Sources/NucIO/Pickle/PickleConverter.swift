/// Converts stack items (boxes shared by reference) to `PickleValue` trees, without
/// recursion and within a budget.
///
/// Converting expands shared references into copies (cheap, since arrays are copy-on-write),
/// so a pickle that references one list from many places, nested many times, could expand
/// exponentially; every value produced is charged to `budget`, which is sized from the input.
/// A box met again while it is being converted contains itself, which a tree cannot
/// represent, and is rejected.
struct PickleConverter {
    /// Values that may still be produced.
    private(set) var budget: Int
    /// Deepest nesting allowed in a result.
    let maximumDepth: Int

    /// Creates a converter.
    ///
    /// - Parameters:
    ///   - budget: Values that may be produced in total.
    ///   - maximumDepth: Deepest nesting allowed.
    init(budget: Int, maximumDepth: Int) {
        self.budget = budget
        self.maximumDepth = maximumDepth
    }

    /// A container being converted: its box, the items to convert, and the results so far.
    private struct Frame {
        let box: PickleBox
        let children: [PickleItem]
        var results: [PickleValue] = []
        var depth = 0
    }

    /// Converts `root` to a value.
    ///
    /// - Parameter root: The item.
    /// - Returns: The value and how deeply it nests (0 for a scalar).
    /// - Throws: `InputError` if the result would nest deeper than `maximumDepth`, contain
    ///   itself, or exceed the budget.
    /// - Complexity: O(values produced), with no recursion.
    mutating func convert(_ root: PickleItem) throws -> (value: PickleValue, depth: Int) {
        var frames: [Frame] = []
        defer { for frame in frames { frame.box.isConverting = false } }
        var pending: PickleItem? = root
        while true {
            var finished: (value: PickleValue, depth: Int)?
            if let item = pending {
                pending = nil
                try spend(1)
                switch item {
                case .value(let value, let depth):
                    finished = (value, depth)
                case .global(let global):
                    finished = (.global(global.name), 0)
                case .box(let box):
                    if let leaf = try leafValue(of: box) {
                        finished = (leaf, box.depth)
                    } else {
                        guard !box.isConverting else {
                            throw InputError("pickle holds a \(box.typeName) that contains itself")
                        }
                        guard frames.count < maximumDepth else { throw tooDeep() }
                        box.isConverting = true
                        frames.append(Frame(box: box, children: children(of: box)))
                    }
                }
            }
            if let finished {
                guard frames.count + finished.depth <= maximumDepth else { throw tooDeep() }
                guard !frames.isEmpty else { return finished }
                frames[frames.count - 1].results.append(finished.value)
                frames[frames.count - 1].depth = max(frames[frames.count - 1].depth, finished.depth)
                continue
            }
            let top = frames[frames.count - 1]
            if top.results.count < top.children.count {
                pending = top.children[top.results.count]
                continue
            }
            frames.removeLast()
            top.box.isConverting = false
            let value = container(of: top.box, results: top.results)
            if frames.isEmpty { return (value, top.depth + 1) }
            frames[frames.count - 1].results.append(value)
            frames[frames.count - 1].depth = max(frames[frames.count - 1].depth, top.depth + 1)
        }
    }

    // MARK: - Boxes

    /// The value of a box that holds no items to convert; nil for lists, tuples and dicts.
    private mutating func leafValue(of box: PickleBox) throws -> PickleValue? {
        switch box.content {
        case .object(let value):
            return value
        case .set(let elements, _):
            try spend(elements.count)
            return .set(elements)
        case .cleared:
            throw InputError("pickle refers to an object after the unpickler finished")
        case .list, .tuple, .dict:
            return nil
        }
    }

    /// The items of a list, tuple or dict box still to be converted.
    private func children(of box: PickleBox) -> [PickleItem] {
        switch box.content {
        case .list(let items), .tuple(let items): return items
        case .dict(let content): return content.values
        case .set, .object, .cleared: return []
        }
    }

    /// The converted container of a list, tuple or dict box.
    private func container(of box: PickleBox, results: [PickleValue]) -> PickleValue {
        switch box.content {
        case .tuple: return .tuple(results)
        case .dict(let content): return .dict(zip(content.keys, results).map { PickleValue.Entry($0, $1) })
        default: return .list(results)
        }
    }

    // MARK: - Limits

    private mutating func spend(_ count: Int) throws {
        guard budget >= count else {
            throw InputError(
                "pickle expands to too many values through shared references (more than its size allows)")
        }
        budget -= count
    }

    private func tooDeep() -> InputError {
        InputError("pickle nests deeper than \(maximumDepth) levels")
    }
}
