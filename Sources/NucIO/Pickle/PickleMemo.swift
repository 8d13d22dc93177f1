/// The unpickler's memo: items stored by `BINPUT`, `LONG_BINPUT` and `MEMOIZE` and fetched
/// by `BINGET` and `LONG_BINGET`.
///
/// Picklers number memo entries 0, 1, 2, … in order, so those live in an array; any other
/// index a hand-made pickle uses goes to a dictionary, so a `LONG_BINPUT` of 4 000 000 000
/// costs one entry, not four billion.
struct PickleMemo {
    private var dense: [PickleItem] = []
    private var sparse: [Int: PickleItem] = [:]

    /// Number of entries; `MEMOIZE` stores at this index, as CPython's `len(self.memo)`.
    var count: Int { dense.count + sparse.count }

    /// The entry at `index`, if any.
    subscript(index: Int) -> PickleItem? {
        index >= 0 && index < dense.count ? dense[index] : sparse[index]
    }

    /// Whether storing at `index` adds an entry rather than replacing one.
    ///
    /// - Parameter index: The index.
    /// - Returns: True when `index` holds nothing yet.
    func isNew(_ index: Int) -> Bool {
        self[index] == nil
    }

    /// Stores `item` at `index`, replacing what was there.
    ///
    /// - Parameters:
    ///   - item: The item.
    ///   - index: The index.
    mutating func store(_ item: PickleItem, at index: Int) {
        if index >= 0 && index < dense.count {
            dense[index] = item
        } else if index == dense.count && sparse.isEmpty {
            dense.append(item)
        } else {
            sparse[index] = item
        }
    }
}
