/// The Python globals an `Unpickler` accepts, each with the Swift closures that rebuild it.
///
/// A pickle naming any other global is rejected at the `GLOBAL` or `STACK_GLOBAL` opcode
/// with `pickle global <name> is not allowed`, before anything is called: the list is the
/// whole of what a pickle can make the reader do.
public struct PickleAllowList: Sendable {
    private var globals: [String: PickleGlobal]

    /// Creates an allow-list from entries; a later entry replaces an earlier one of the same name.
    ///
    /// - Parameter globals: The entries.
    public init(_ globals: [PickleGlobal]) {
        self.globals = Dictionary(globals.map { ($0.name, $0) }) { _, later in later }
    }

    /// The entry of an allowed global.
    ///
    /// - Parameter name: The dotted name, `module.qualname`.
    /// - Returns: The entry, or nil when the global is not allowed.
    public subscript(name: String) -> PickleGlobal? {
        globals[name]
    }

    /// Every allowed name, sorted.
    public var names: [String] { globals.keys.sorted() }

    /// This list with `globals` added, replacing entries of the same names.
    ///
    /// - Parameter globals: The entries to add.
    /// - Returns: The extended list.
    public func adding(_ globals: [PickleGlobal]) -> PickleAllowList {
        var copy = self
        for global in globals { copy.globals[global.name] = global }
        return copy
    }

    /// What plain data pickles need: `collections.OrderedDict`, `builtins.set`,
    /// `builtins.frozenset`, `builtins.bytearray`, `builtins.bytes`, `_codecs.encode`, and
    /// numpy arrays, dtypes and scalars under both the numpy 1.x (`numpy.core`) and the
    /// numpy 2.x (`numpy._core`) module names.
    ///
    /// Reference: the opcodes numpy 2.4.6 and CPython 3.11 `pickle` write for these types
    /// with protocols 2–5 (`pickletools.dis` of the fixtures in `Tests/NucIOTests/Fixtures/pickle`).
    public static let standard = PickleAllowList(BuiltinRebuild.globals + NumPyRebuild.globals)

    /// What `torch.save` checkpoints need besides `standard`: `torch._utils._rebuild_tensor_v2`
    /// and `_rebuild_parameter` (rebuilt as `.tensor` descriptions, nothing read), the legacy
    /// storage classes as names inside persistent ids, and `argparse.Namespace` (skipped).
    ///
    /// Reference: the `data.pkl` torch 2.13 `torch.save` writes (protocol 2).
    public static let torchCheckpoint = standard.adding(TorchRebuild.globals)
}
