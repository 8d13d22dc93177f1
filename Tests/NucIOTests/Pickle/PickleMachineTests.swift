import NucIO
import Testing

/// Malformed and hostile pickles built in Swift; each must fail with an `InputError` that
/// names the file and the opcode's offset, within a second.
@Suite struct PickleMachineTests {
    static let file = "hostile.pkl"

    /// Unpickles `bytes`, expecting an error containing `fragment`.
    @discardableResult
    func expectRejected(
        _ bytes: [UInt8], containing fragment: String, unpickler: Unpickler = Unpickler(),
        sourceLocation: SourceLocation = #_sourceLocation
    ) -> InputError? {
        expectPickleError(file: Self.file, containing: fragment, sourceLocation: sourceLocation) {
            _ = try unpickler.unpickle(bytes, file: Self.file)
        }
    }
}

/// Opcode bytes, named as `pickletools` names them.
private enum Op {
    static let proto2: [UInt8] = [0x80, 0x02]
    static let proto4: [UInt8] = [0x80, 0x04]
    static let mark: UInt8 = 0x28, stop: UInt8 = 0x2E, pop: UInt8 = 0x30, none: UInt8 = 0x4E
    static let emptyList: UInt8 = 0x5D, append: UInt8 = 0x61, appends: UInt8 = 0x65
    static let emptyTuple: UInt8 = 0x29, tuple: UInt8 = 0x74, tuple1: UInt8 = 0x85, tuple2: UInt8 = 0x86
    static let emptyDict: UInt8 = 0x7D, setItem: UInt8 = 0x73, memoize: UInt8 = 0x94
    static let binGet: UInt8 = 0x68, longBinGet: UInt8 = 0x6A, binPut: UInt8 = 0x71
    static let build: UInt8 = 0x62, reduce: UInt8 = 0x52

    static func binInt1(_ value: UInt8) -> [UInt8] { [0x4B, value] }

    static func longBinGet(_ index: Int) -> [UInt8] {
        [longBinGet] + (0..<4).map { UInt8(truncatingIfNeeded: index >> (8 * $0)) }
    }

    static func string(_ text: String) -> [UInt8] { [0x8C, UInt8(text.utf8.count)] + Array(text.utf8) }
}

// MARK: - Truncation and unknown opcodes

extension PickleMachineTests {
    @Test(arguments: ["plain_p2.pkl", "plain_p5.pkl", "torch_like_data.pkl"])
    func truncationAtEveryOffsetIsAnError(name: String) throws {
        let bytes = try PickleFixtures.bytes(name)
        let unpickler = Unpickler(allowList: PickleFixtures.torchLike)
        let clock = ContinuousClock()
        let start = clock.now
        for length in 0..<bytes.count {
            let error = #expect(throws: InputError.self) {
                _ = try unpickler.unpickle(Array(bytes.prefix(length)), file: Self.file)
            }
            #expect(
                error?.file == Self.file && (error?.offset ?? -1) <= length,
                "length \(length): \(String(describing: error))")
        }
        #expect(clock.now - start < .seconds(Double(bytes.count) / 100), "truncations of \(name) are slow")
    }

    @Test func unknownOpcodeIsNamedInHex() {
        let error = expectRejected(Op.proto2 + [0xFF], containing: "unknown pickle opcode 0xFF")
        #expect(error?.offset == 2)
    }

    @Test func textOpcodesAreRejectedByName() {
        expectRejected(Array("I42\n.".utf8), containing: "pickle opcode INT (0x49) is not supported")
        expectRejected(Op.proto2 + [0x97], containing: "NEXT_BUFFER")
        expectRejected(Op.proto2 + [0x82, 0x01], containing: "EXT1")
    }

    @Test func unsupportedProtocolAndTrailingBytes() {
        expectRejected([0x80, 0x06, Op.none, Op.stop], containing: "unsupported pickle protocol 6")
        let error = expectRejected(Op.proto2 + [Op.none, Op.stop, 0x00, 0x00], containing: "2 bytes follow the STOP")
        #expect(error?.offset == 4)
        expectRejected(Op.proto2 + [Op.none], containing: "truncated")
    }
}

// MARK: - Stack, marks and memo

extension PickleMachineTests {
    @Test func stackUnderflow() {
        expectRejected(Op.proto2 + [Op.stop], containing: "stack underflow")
        expectRejected(Op.proto2 + [Op.emptyList, Op.append, Op.stop], containing: "stack underflow")
        expectRejected(Op.proto2 + [Op.none, Op.mark, Op.tuple1, Op.stop], containing: "stack underflow")
        expectRejected(Op.proto2 + [Op.reduce], containing: "stack underflow")
    }

    @Test func markMisuse() {
        expectRejected(Op.proto2 + [Op.none, Op.tuple, Op.stop], containing: "needs a MARK")
        expectRejected(Op.proto2 + [Op.emptyList, Op.none, Op.appends, Op.stop], containing: "needs a MARK")
        expectRejected(Op.proto2 + [Op.mark, Op.none, Op.stop], containing: "0 more items and 1 marks")
        expectRejected(Op.proto2 + [Op.none, Op.mark, Op.none, Op.stop], containing: "1 more items and 1 marks")
        expectRejected(Op.proto2 + [Op.pop, Op.stop], containing: "needs a MARK")
    }

    @Test func memoIndexOutOfRange() {
        let error = expectRejected(
            Op.proto2 + [Op.none, Op.binPut, 0, Op.binGet, 1, Op.stop], containing: "no entry 1")
        #expect(error?.offset == 5)
        expectRejected(Op.proto2 + Op.longBinGet(1 << 30) + [Op.stop], containing: "no entry 1073741824")
        expectRejected(Op.proto2 + [Op.binPut, 0], containing: "stack underflow")
    }

    @Test func stackAndMemoLimits() {
        let pushes = [UInt8](repeating: Op.none, count: 70_000)
        expectRejected(Op.proto2 + pushes, containing: "stack exceeds 65536 items")
        let marks = [UInt8](repeating: Op.mark, count: 70_000)
        expectRejected(Op.proto2 + marks, containing: "stack exceeds 65536 items")
        let small = Unpickler(limits: PickleLimits(maximumMemoCount: 10))
        let memoizes = [Op.none] + [UInt8](repeating: Op.memoize, count: 11)
        expectRejected(Op.proto4 + memoizes, containing: "memo exceeds 10 entries", unpickler: small)
    }
}

// MARK: - Nesting, cycles and expansion

extension PickleMachineTests {
    @Test func deeplyNestedTuplesFailAtTheLimit() {
        let tuples = [Op.emptyTuple] + [UInt8](repeating: Op.tuple1, count: 100_000) + [Op.stop]
        let error = expectRejected(Op.proto2 + tuples, containing: "deeper than 1000 levels")
        #expect(error?.offset == 2 + 1000)
    }

    @Test func deeplyNestedListsOnTheStackFail() {
        let lists = [UInt8](repeating: Op.emptyList, count: 60_000) + [UInt8](repeating: Op.append, count: 59_999)
        expectRejected(Op.proto2 + lists + [Op.stop], containing: "deeper than 1000 levels")
    }

    @Test func listChainsThroughTheMemoFailWhenConverted() {
        var bytes = Op.proto4 + [Op.emptyList, Op.memoize]
        for index in 0..<100_000 {
            bytes += Op.longBinGet(index) + [Op.emptyList, Op.memoize, Op.append, Op.pop]
        }
        expectRejected(bytes + [Op.stop], containing: "deeper than 1000 levels")
    }

    @Test func nestingUpToTheLimitIsRead() throws {
        let tuples = [Op.none] + [UInt8](repeating: Op.tuple1, count: 1000) + [Op.stop]
        var value = try Unpickler().unpickle(Op.proto2 + tuples)
        var depth = 0
        while case .tuple(let items) = value, let inner = items.first {
            depth += 1
            value = inner
        }
        #expect(depth == 1000 && value == .none)
    }

    @Test func listContainingItselfIsRejected() {
        let bytes = Op.proto4 + [Op.emptyList, Op.memoize, Op.binGet, 0, Op.append, Op.stop]
        expectRejected(bytes, containing: "contains itself")
    }

    @Test func exponentialSharingExceedsTheBudget() {
        var bytes = Op.proto4 + [Op.emptyList, Op.memoize, Op.pop]
        for index in 0..<60 {
            bytes += [Op.binGet, UInt8(index), Op.binGet, UInt8(index), Op.tuple2, Op.memoize, Op.pop]
        }
        bytes += [Op.binGet, 60, Op.stop]
        expectRejected(bytes, containing: "too many values")
    }
}

// MARK: - Length claims and numbers

extension PickleMachineTests {
    @Test func hugeLengthClaimsFailWithoutAllocating() {
        let claim8: [UInt8] = [0, 0, 0, 0, 0, 0, 0, 0x10]
        expectRejected(Op.proto4 + [0x8E] + claim8, containing: "claims 1152921504606846976 bytes")
        expectRejected(Op.proto4 + [0x96] + claim8, containing: "claims")
        expectRejected(Op.proto4 + [0x8D] + claim8, containing: "claims")
        expectRejected(Op.proto4 + [0x95] + claim8, containing: "frame of 1152921504606846976 bytes")
        expectRejected(Op.proto2 + [0x58, 0xFF, 0xFF, 0xFF, 0xFF], containing: "claims 4294967295 bytes")
        expectRejected(Op.proto2 + [0x42, 0x05, 0x00, 0x00, 0x00, 0x41], containing: "claims 5 bytes")
        expectRejected(Op.proto2 + [0x8B, 0xFF, 0xFF, 0xFF, 0x7F], containing: "claims 2147483647 bytes")
        expectRejected(Op.proto2 + [0x8B, 0xFF, 0xFF, 0xFF, 0xFF], containing: "negative byte count")
    }

    @Test func longIntegersFitOrFail() throws {
        let minimum: [UInt8] = [0x8A, 0x08, 0, 0, 0, 0, 0, 0, 0, 0x80, Op.stop]
        #expect(try Unpickler().unpickle(Op.proto2 + minimum) == .int(.min))
        let padded: [UInt8] = [0x8A, 0x0A, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, Op.stop]
        #expect(try Unpickler().unpickle(Op.proto2 + padded) == .int(-1))
        #expect(try Unpickler().unpickle(Op.proto2 + [0x8A, 0x00, Op.stop]) == .int(0))
        let twoToThe63: [UInt8] = [0x8A, 0x09, 0, 0, 0, 0, 0, 0, 0, 0x80, 0x00, Op.stop]
        expectRejected(Op.proto2 + twoToThe63, containing: "too large for 64 bits")
    }

    @Test func invalidUTF8AndOverlongGlobalNames() {
        expectRejected(Op.proto4 + [0x8C, 0x02, 0xC3, 0x28, Op.stop], containing: "not valid UTF-8")
        let long = [0x63] + [UInt8](repeating: 0x61, count: 2000)
        expectRejected(Op.proto2 + long, containing: "longer than 1024 bytes")
        expectRejected(Op.proto2 + [0x63, 0x6F, 0x73], containing: "ends inside a GLOBAL name")
        expectRejected(
            Op.proto4 + [Op.none, Op.none, 0x93], containing: "STACK_GLOBAL needs a module and a name string")
    }
}

// MARK: - Globals, calls and state

extension PickleMachineTests {
    @Test func disallowedGlobalsAreNamed() {
        let stackGlobal = Op.proto4 + Op.string("builtins") + Op.string("exec") + [0x93]
        expectRejected(stackGlobal, containing: "pickle global builtins.exec is not allowed")
        expectRejected(Op.proto2 + Array("cnt\nsystem\n".utf8), containing: "pickle global nt.system is not allowed")
    }

    @Test func callsAndBuildsOnTheWrongThingsFail() {
        let ndarray = Op.proto4 + Op.string("numpy") + Op.string("ndarray") + [0x93]
        expectRejected(ndarray + [Op.emptyTuple, Op.reduce], containing: "numpy.ndarray cannot be called")
        expectRejected(Op.proto2 + [Op.none, Op.emptyTuple, Op.reduce], containing: "not an allow-listed global")
        expectRejected(Op.proto2 + [Op.emptyList, Op.none, Op.build], containing: "BUILD on a list")
        expectRejected(Op.proto2 + [Op.none, Op.none, Op.append], containing: "APPEND on a None")
        let unhashable = [Op.emptyDict, Op.emptyList, Op.none, Op.setItem, Op.stop]
        expectRejected(Op.proto2 + unhashable, containing: "unhashable list used as a dict key")
        let oddItems = [Op.emptyDict, Op.mark, Op.none, 0x75, Op.stop]
        expectRejected(Op.proto2 + oddItems, containing: "key-value pairs")
    }

    @Test func duplicateDictKeysKeepTheFirstPositionAndLastValue() throws {
        let bytes =
            Op.proto2 + [Op.emptyDict, Op.mark] + Op.binInt1(1) + Op.binInt1(2) + Op.binInt1(3)
            + Op.binInt1(4) + Op.binInt1(1) + Op.binInt1(5) + [0x75, Op.stop]
        let value = try Unpickler().unpickle(bytes)
        #expect(value == .dict([.init(.int(1), .int(5)), .init(.int(3), .int(4))]))
    }
}
