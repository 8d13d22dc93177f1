/// The opcodes of the pickle protocol, by byte value (CPython 3.11 `Lib/pickle.py`).
///
/// All are listed so errors can name them; `Unpickler` implements the binary opcodes of
/// protocols 2–5 that plain data needs and rejects the rest by name.
enum PickleOpcode: UInt8, CaseIterable {
    // MARK: - Protocol 0 and 1
    case mark = 0x28, stop = 0x2E, pop = 0x30, popMark = 0x31, dup = 0x32
    case float = 0x46, int = 0x49, binInt = 0x4A, binInt1 = 0x4B, long = 0x4C, binInt2 = 0x4D
    case none = 0x4E, persistentID = 0x50, binPersistentID = 0x51, reduce = 0x52
    case string = 0x53, binString = 0x54, shortBinString = 0x55, unicode = 0x56, binUnicode = 0x58
    case append = 0x61, build = 0x62, global = 0x63, dict = 0x64, emptyDict = 0x7D, appends = 0x65
    case get = 0x67, binGet = 0x68, instance = 0x69, longBinGet = 0x6A, list = 0x6C, emptyList = 0x5D
    case object = 0x6F, put = 0x70, binPut = 0x71, longBinPut = 0x72, setItem = 0x73, tuple = 0x74
    case emptyTuple = 0x29, setItems = 0x75, binFloat = 0x47

    // MARK: - Protocol 2
    case proto = 0x80, newObject = 0x81, extension1 = 0x82, extension2 = 0x83, extension4 = 0x84
    case tuple1 = 0x85, tuple2 = 0x86, tuple3 = 0x87, newTrue = 0x88, newFalse = 0x89
    case long1 = 0x8A, long4 = 0x8B

    // MARK: - Protocol 3
    case binBytes = 0x42, shortBinBytes = 0x43

    // MARK: - Protocol 4
    case shortBinUnicode = 0x8C, binUnicode8 = 0x8D, binBytes8 = 0x8E, emptySet = 0x8F
    case addItems = 0x90, frozenSet = 0x91, newObjectExtended = 0x92, stackGlobal = 0x93
    case memoize = 0x94, frame = 0x95

    // MARK: - Protocol 5
    case byteArray8 = 0x96, nextBuffer = 0x97, readOnlyBuffer = 0x98

    /// The name `pickletools` gives the opcode, such as `SHORT_BINUNICODE`.
    var name: String {
        Self.pickletoolsNames[self] ?? String(describing: self).uppercased()
    }

    /// Names that are not the case name in upper case.
    private static let pickletoolsNames: [PickleOpcode: String] = [
        .popMark: "POP_MARK", .binInt1: "BININT1", .binInt2: "BININT2", .binInt: "BININT",
        .persistentID: "PERSID", .binPersistentID: "BINPERSID", .binString: "BINSTRING",
        .shortBinString: "SHORT_BINSTRING", .binUnicode: "BINUNICODE", .emptyDict: "EMPTY_DICT",
        .binGet: "BINGET", .instance: "INST", .longBinGet: "LONG_BINGET", .emptyList: "EMPTY_LIST",
        .object: "OBJ", .binPut: "BINPUT", .longBinPut: "LONG_BINPUT", .setItem: "SETITEM",
        .emptyTuple: "EMPTY_TUPLE", .setItems: "SETITEMS", .binFloat: "BINFLOAT", .newObject: "NEWOBJ",
        .extension1: "EXT1", .extension2: "EXT2", .extension4: "EXT4", .newTrue: "NEWTRUE",
        .newFalse: "NEWFALSE", .binBytes: "BINBYTES", .shortBinBytes: "SHORT_BINBYTES",
        .shortBinUnicode: "SHORT_BINUNICODE", .binUnicode8: "BINUNICODE8", .binBytes8: "BINBYTES8",
        .emptySet: "EMPTY_SET", .addItems: "ADDITEMS", .frozenSet: "FROZENSET",
        .newObjectExtended: "NEWOBJ_EX", .stackGlobal: "STACK_GLOBAL", .byteArray8: "BYTEARRAY8",
        .nextBuffer: "NEXT_BUFFER", .readOnlyBuffer: "READONLY_BUFFER",
    ]
}
