/// Bounds an `Unpickler` enforces so that a hostile pickle fails fast instead of exhausting
/// memory, the stack or time.
///
/// Allocation is bounded by the input as well: every length a pickle claims is checked
/// against the bytes that remain before anything is allocated, and the values a pickle may
/// expand to through shared references are capped at a multiple of its size.
public struct PickleLimits: Sendable, Equatable {
    /// Deepest nesting of containers in the result (CPython's C unpickler has no limit of
    /// its own; its recursion limit of 1000 bounds what `pickle.dumps` can write).
    public var maximumDepth: Int
    /// Most items and marks on the unpickler's stack at once.
    public var maximumStackCount: Int
    /// Most memo entries.
    public var maximumMemoCount: Int
    /// How many result values (container, element or scalar) each input byte may expand to
    /// through shared references, beyond a fixed allowance of 4096.
    public var valuesPerByte: Int

    /// Creates limits.
    ///
    /// - Parameters:
    ///   - maximumDepth: Deepest nesting; 1000 by default.
    ///   - maximumStackCount: Most stack items and marks; 65 536 by default.
    ///   - maximumMemoCount: Most memo entries; 4 194 304 by default.
    ///   - valuesPerByte: Expansion allowed per input byte; 4 by default.
    public init(
        maximumDepth: Int = 1000, maximumStackCount: Int = 1 << 16, maximumMemoCount: Int = 1 << 22,
        valuesPerByte: Int = 4
    ) {
        self.maximumDepth = maximumDepth
        self.maximumStackCount = maximumStackCount
        self.maximumMemoCount = maximumMemoCount
        self.valuesPerByte = valuesPerByte
    }
}
