/// Hand-written `data.pkl` bytes of the kind `torch.save` writes (protocol 2), for tests that
/// need one field wrong.
enum TorchPickleBytes {
    /// `SHORT_BINUNICODE` of a short string.
    static func text(_ string: String) -> [UInt8] {
        [0x8C, UInt8(string.utf8.count)] + Array(string.utf8)
    }

    /// The persistent id fields `('storage', torch.<type>, key, location, numel)`.
    static func storage(_ type: String = "FloatStorage", key: String = "0", count: UInt8 = 4) -> [UInt8] {
        text("storage") + Array("ctorch\n\(type)\n".utf8) + text(key) + text("cpu") + [0x4B, count]
    }

    /// `_rebuild_tensor_v2(persistent_id(storage), offset, (2,), (1,), False, OrderedDict())`.
    static func tensor(storage: [UInt8], offset: UInt8 = 0) -> [UInt8] {
        let global = Array("ctorch._utils\n_rebuild_tensor_v2\n".utf8)
        let hooks = Array("ccollections\nOrderedDict\n".utf8) + [0x29, 0x52]
        return global + [0x28, 0x28] + storage + [0x74, 0x51, 0x4B, offset]
            + [0x4B, 0x02, 0x85, 0x4B, 0x01, 0x85, 0x89] + hooks + [0x74, 0x52]
    }

    /// A whole pickle of one tensor.
    static func pickle(storage: [UInt8], offset: UInt8 = 0) -> [UInt8] {
        [0x80, 0x02] + tensor(storage: storage, offset: offset) + [0x2E]
    }

    /// A whole pickle of `{name: tensor}`.
    static func stateDict(_ name: String, storage: [UInt8], offset: UInt8 = 0) -> [UInt8] {
        [0x80, 0x02, 0x7D] + text(name) + tensor(storage: storage, offset: offset) + [0x73, 0x2E]
    }
}
