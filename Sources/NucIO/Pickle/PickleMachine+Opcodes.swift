extension PickleMachine {
    // MARK: - Dispatch

    /// Executes one opcode other than `STOP`.
    ///
    /// - Parameter opcode: The opcode, whose operands follow at `position`.
    /// - Throws: `InputError` for malformed operands, misuse of the stack, memo or marks,
    ///   disallowed globals, limits exceeded, and opcodes that plain data never needs.
    mutating func execute(_ opcode: PickleOpcode) throws {
        switch opcode {
        case .proto:
            let version = try readByte(what: "protocol version")
            guard version <= 5 else { throw InputError("unsupported pickle protocol \(version)") }
            protocolVersion = Int(version)
        case .frame:
            let length = try readUnsigned(size: 8, what: "frame length")
            guard length <= UInt64(remaining) else {
                throw InputError("pickle frame of \(length) bytes runs past the end (\(remaining) remain)")
            }
        case .mark: try pushMark()
        case .pop:
            if stack.count > (marks.last ?? 0) { stack.removeLast() } else { _ = try popMark() }
        case .popMark: _ = try popMark()
        case .dup: try push(top())
        case .binPut: try memoize(at: Int(readUnsigned(size: 1, what: "memo index")))
        case .longBinPut: try memoize(at: Int(readUnsigned(size: 4, what: "memo index")))
        case .memoize: try memoize(at: memo.count)
        case .binGet: try recall(Int(readUnsigned(size: 1, what: "memo index")))
        case .longBinGet: try recall(Int(readUnsigned(size: 4, what: "memo index")))
        default:
            try executeScalar(opcode)
        }
    }

    /// Executes an opcode that pushes a scalar, or hands over to containers and objects.
    private mutating func executeScalar(_ opcode: PickleOpcode) throws {
        switch opcode {
        case .none: try push(.value(.none, depth: 0))
        case .newTrue: try push(.value(.bool(true), depth: 0))
        case .newFalse: try push(.value(.bool(false), depth: 0))
        case .binInt:
            let raw = try readUnsigned(size: 4, what: "BININT operand")
            try push(.value(.int(Int64(Int32(bitPattern: UInt32(raw)))), depth: 0))
        case .binInt1: try push(.value(.int(Int64(readUnsigned(size: 1, what: "BININT1 operand"))), depth: 0))
        case .binInt2: try push(.value(.int(Int64(readUnsigned(size: 2, what: "BININT2 operand"))), depth: 0))
        case .long1: try push(.value(.int(readLong(readLength(size: 1))), depth: 0))
        case .long4:
            let count = Int32(bitPattern: UInt32(try readUnsigned(size: 4, what: "LONG4 length")))
            guard count >= 0 else { throw InputError("LONG4 has a negative byte count") }
            let length = try checkAvailable(UInt64(count))
            try push(.value(.int(readLong(length)), depth: 0))
        case .binFloat: try push(.value(.float(readFloat()), depth: 0))
        case .shortBinUnicode: try push(.value(.string(readText(readLength(size: 1))), depth: 0))
        case .binUnicode: try push(.value(.string(readText(readLength(size: 4))), depth: 0))
        case .binUnicode8: try push(.value(.string(readText(readLength(size: 8))), depth: 0))
        case .shortBinBytes: try push(.value(.bytes(readBytes(readLength(size: 1))), depth: 0))
        case .binBytes: try push(.value(.bytes(readBytes(readLength(size: 4))), depth: 0))
        case .binBytes8, .byteArray8: try push(.value(.bytes(readBytes(readLength(size: 8))), depth: 0))
        default:
            try executeContainer(opcode)
        }
    }

    /// Executes an opcode that builds or fills a container, or hands over to objects.
    private mutating func executeContainer(_ opcode: PickleOpcode) throws {
        switch opcode {
        case .emptyTuple: try pushTuple([])
        case .tuple: try pushTuple(popMark())
        case .tuple1: try pushTuple(popItems(1))
        case .tuple2: try pushTuple(popItems(2))
        case .tuple3: try pushTuple(popItems(3))
        case .emptyList: try push(.box(makeBox(.list([]), depth: 1)))
        case .list:
            let items = try popMark()
            try push(.box(makeBox(.list(items), depth: 1 + PickleItem.maximumDepth(of: items))))
        case .append: try append(popItems(1))
        case .appends: try append(popMark())
        case .emptyDict: try push(.box(makeBox(.dict(PickleBox.DictContent()), depth: 1)))
        case .dict:
            let items = try popMark()
            try push(.box(makeBox(.dict(PickleBox.DictContent()), depth: 1)))
            try setItems(items)
        case .setItem: try setItems(popItems(2))
        case .setItems: try setItems(popMark())
        case .emptySet: try push(.box(makeBox(.set([], []), depth: 1)))
        case .addItems: try addItems(popMark())
        case .frozenSet:
            var elements: [PickleValue] = []
            var depth = 0
            for item in try popMark() {
                let converted = try converter.convert(item)
                elements.append(converted.value)
                depth = max(depth, converted.depth)
            }
            try push(.value(.set(BuiltinRebuild.uniqueElements(elements)), depth: depth + 1))
        default:
            try executeObject(opcode)
        }
    }

    /// Executes an opcode that names, calls or builds an object.
    private mutating func executeObject(_ opcode: PickleOpcode) throws {
        switch opcode {
        case .global:
            let module = try readLine()
            let name = try readLine()
            try pushGlobal(module: module, name: name)
        case .stackGlobal:
            let name = try pop()
            let module = try pop()
            guard case .value(.string(let nameText), _) = name, case .value(.string(let moduleText), _) = module else {
                throw InputError("STACK_GLOBAL needs a module and a name string")
            }
            try pushGlobal(module: moduleText, name: nameText)
        case .reduce, .newObject:
            let arguments = try pop()
            try call(pop(), with: arguments)
        case .newObjectExtended:
            let keywords = try converter.convert(pop()).value
            guard keywords == .dict([]) else {
                throw InputError("NEWOBJ_EX with keyword arguments is not supported")
            }
            let arguments = try pop()
            try call(pop(), with: arguments)
        case .build:
            let state = try pop()
            try build(top(), state: state)
        case .binPersistentID:
            let (identifier, depth) = try converter.convert(pop())
            try push(.value(.persistentID(identifier), depth: depth + 1))
        default:
            throw InputError(
                "pickle opcode \(opcode.name) (0x\(String(opcode.rawValue, radix: 16, uppercase: true))) is not supported"
                    + " (only the binary opcodes of protocols 2 to 5 that plain data needs are)")
        }
    }

    // MARK: - Memo

    private mutating func memoize(at index: Int) throws {
        let item = try top()
        guard !memo.isNew(index) || memo.count < limits.maximumMemoCount else {
            throw InputError("pickle memo exceeds \(limits.maximumMemoCount) entries")
        }
        memo.store(item, at: index)
    }

    private mutating func recall(_ index: Int) throws {
        guard let item = memo[index] else { throw InputError("pickle memo has no entry \(index)") }
        try push(item)
    }

    /// Pops the top `count` items, bottom first.
    private mutating func popItems(_ count: Int) throws -> [PickleItem] {
        var items: [PickleItem] = []
        for _ in 0..<count { items.append(try pop()) }
        return items.reversed()
    }
}
