/// The pickle virtual machine: reads opcodes one by one and keeps the stack, marks and memo.
///
/// It follows CPython 3.11's `Lib/pickle.py` `_Unpickler` opcode by opcode, except that
/// globals come from a `PickleAllowList` and calls are Swift closures over converted values.
/// Every error carries the file and the byte offset of the opcode being executed.
struct PickleMachine {
    /// The pickle.
    let bytes: UnsafeRawBufferPointer
    /// The file, for errors.
    let file: String?
    /// File offset of `bytes[0]`, for errors.
    let baseOffset: Int
    /// The globals the pickle may use.
    let allowList: PickleAllowList
    /// Bounds on the stack, memo and nesting.
    let limits: PickleLimits

    /// Offset of the next byte to read.
    var position = 0
    /// Offset of the opcode being executed.
    var opcodeOffset = 0
    /// The protocol a `PROTO` opcode declared; 0 until one does.
    var protocolVersion = 0
    /// The stack; marks are indices into it.
    var stack: [PickleItem] = []
    /// Stack heights saved by `MARK`.
    var marks: [Int] = []
    /// The memo.
    var memo = PickleMemo()
    /// Every box made, so they can all be cleared at the end.
    var arena: [PickleBox] = []
    /// Converts items to values within the budget.
    var converter: PickleConverter

    /// Creates a machine over `bytes`.
    ///
    /// - Parameters:
    ///   - bytes: The pickle.
    ///   - file: The file, for errors.
    ///   - baseOffset: File offset of `bytes[0]`.
    ///   - allowList: The globals the pickle may use.
    ///   - limits: Bounds to enforce.
    init(
        bytes: UnsafeRawBufferPointer, file: String?, baseOffset: Int, allowList: PickleAllowList,
        limits: PickleLimits
    ) {
        self.bytes = bytes
        self.file = file
        self.baseOffset = baseOffset
        self.allowList = allowList
        self.limits = limits
        let (expansion, overflow) = bytes.count.multipliedReportingOverflow(by: max(limits.valuesPerByte, 0))
        let budget = overflow || expansion > Int.max - 4096 ? Int.max : expansion + 4096
        self.converter = PickleConverter(budget: budget, maximumDepth: limits.maximumDepth)
    }

    /// Runs the pickle to its `STOP` opcode.
    ///
    /// - Returns: The value on the stack at `STOP`.
    /// - Throws: `InputError` naming the file and the offset of the failing opcode.
    mutating func run() throws -> PickleValue {
        defer {
            for box in arena { box.content = .cleared }
        }
        while true {
            opcodeOffset = position
            do {
                let byte = try readByte(what: "opcode")
                guard let opcode = PickleOpcode(rawValue: byte) else {
                    throw InputError("unknown pickle opcode 0x\(String(byte, radix: 16, uppercase: true))")
                }
                if opcode == .stop { return try finish() }
                try execute(opcode)
            } catch let error as InputError {
                throw InputError(
                    error.message, file: error.file ?? file, offset: error.offset ?? baseOffset + opcodeOffset)
            } catch {
                throw InputError("\(error)", file: file, offset: baseOffset + opcodeOffset)
            }
        }
    }

    /// `STOP`: the single item left on the stack is the result.
    private mutating func finish() throws -> PickleValue {
        let result = try pop()
        guard stack.isEmpty, marks.isEmpty else {
            throw InputError("pickle stops with \(stack.count) more items and \(marks.count) marks on the stack")
        }
        let value = try converter.convert(result).value
        guard position == bytes.count else {
            throw InputError(
                "\(bytes.count - position) bytes follow the STOP opcode", file: file, offset: baseOffset + position)
        }
        return value
    }

    // MARK: - Stack

    /// Pushes an item.
    ///
    /// - Parameter item: The item.
    /// - Throws: `InputError` when the stack is full.
    mutating func push(_ item: PickleItem) throws {
        guard stack.count + marks.count < limits.maximumStackCount else {
            throw InputError("pickle stack exceeds \(limits.maximumStackCount) items")
        }
        stack.append(item)
    }

    /// Pops the top item, which must lie above the innermost mark.
    ///
    /// - Returns: The item.
    /// - Throws: `InputError` on stack underflow.
    mutating func pop() throws -> PickleItem {
        guard stack.count > (marks.last ?? 0) else { throw InputError("pickle stack underflow") }
        return stack.removeLast()
    }

    /// The top item, which must lie above the innermost mark.
    ///
    /// - Returns: The item.
    /// - Throws: `InputError` on stack underflow.
    func top() throws -> PickleItem {
        guard let item = stack.last, stack.count > (marks.last ?? 0) else {
            throw InputError("pickle stack underflow")
        }
        return item
    }

    /// Pushes a mark.
    ///
    /// - Throws: `InputError` when the stack is full.
    mutating func pushMark() throws {
        guard stack.count + marks.count < limits.maximumStackCount else {
            throw InputError("pickle stack exceeds \(limits.maximumStackCount) items")
        }
        marks.append(stack.count)
    }

    /// Pops the innermost mark and the items above it.
    ///
    /// - Returns: The items, bottom first.
    /// - Throws: `InputError` when there is no mark.
    mutating func popMark() throws -> [PickleItem] {
        guard let mark = marks.popLast() else { throw InputError("pickle opcode needs a MARK but none is set") }
        let items = Array(stack[mark...])
        stack.removeSubrange(mark...)
        return items
    }

    /// Makes a box, registered in the arena.
    ///
    /// - Parameters:
    ///   - content: What it holds.
    ///   - creator: The global whose call made it.
    ///   - depth: Its nesting depth.
    /// - Returns: The box.
    /// - Throws: `InputError` when `depth` exceeds the limit.
    mutating func makeBox(_ content: PickleBox.Content, creator: PickleGlobal? = nil, depth: Int) throws -> PickleBox {
        guard depth <= limits.maximumDepth else {
            throw InputError("pickle nests deeper than \(limits.maximumDepth) levels")
        }
        let box = PickleBox(content, creator: creator, depth: depth)
        arena.append(box)
        return box
    }
}
