/// A restricted reader of Python pickles (protocols 2–5) that rebuilds plain data and
/// never executes anything.
///
/// It implements the binary opcodes CPython 3.11's `Lib/pickle.py` writes for dicts, lists,
/// tuples, sets, strings, bytes, integers, floats, booleans and `None`, plus `GLOBAL`,
/// `STACK_GLOBAL`, `REDUCE`, `NEWOBJ`, `BUILD` and `BINPERSID` for the globals its
/// `PickleAllowList` admits (numpy arrays, dtypes and scalars by default). Protocol 0/1
/// text opcodes, extension codes and out-of-band buffers are rejected by name.
///
/// Every error is an `InputError` naming the file and the byte offset of the opcode that
/// failed; `PickleLimits` bound the stack, memo, nesting and expansion so that hostile input
/// fails fast.
public struct Unpickler: Sendable {
    /// The globals a pickle may use.
    public var allowList: PickleAllowList
    /// The bounds enforced.
    public var limits: PickleLimits

    /// Creates an unpickler.
    ///
    /// - Parameters:
    ///   - allowList: The globals a pickle may use; `.standard` by default.
    ///   - limits: The bounds to enforce; the defaults of `PickleLimits` by default.
    public init(allowList: PickleAllowList = .standard, limits: PickleLimits = PickleLimits()) {
        self.allowList = allowList
        self.limits = limits
    }

    /// Unpickles a whole pickle held in memory.
    ///
    /// - Parameters:
    ///   - bytes: The pickle; nothing may follow its `STOP` opcode.
    ///   - file: The file it came from, for errors.
    ///   - offset: The file offset of `bytes[0]`, so errors give file offsets.
    /// - Returns: The value.
    /// - Throws: `InputError` naming `file` and the offset of the failing opcode.
    public func unpickle(_ bytes: [UInt8], file: String? = nil, offset: Int = 0) throws -> PickleValue {
        try bytes.withUnsafeBytes { try unpickle($0, file: file, offset: offset) }
    }

    /// Unpickles a whole pickle from a memory region.
    ///
    /// - Parameters:
    ///   - bytes: The pickle; nothing may follow its `STOP` opcode.
    ///   - file: The file it came from, for errors.
    ///   - offset: The file offset of `bytes[0]`.
    /// - Returns: The value.
    /// - Throws: `InputError` naming `file` and the offset of the failing opcode.
    /// - Complexity: O(n) in the pickle's length, up to the expansion `limits` allow.
    public func unpickle(_ bytes: UnsafeRawBufferPointer, file: String?, offset: Int) throws -> PickleValue {
        var machine = PickleMachine(
            bytes: bytes, file: file, baseOffset: offset, allowList: allowList, limits: limits)
        return try machine.run()
    }

    /// Unpickles a file that holds exactly one pickle.
    ///
    /// - Parameter path: The file.
    /// - Returns: The value.
    /// - Throws: `InputError` naming the file when it cannot be read or is not a valid pickle.
    public func unpickle(path: String) throws -> PickleValue {
        let mapping = try MemoryMappedFile(path: path)
        return try mapping.withBytes { try unpickle($0, file: path, offset: 0) }
    }
}
