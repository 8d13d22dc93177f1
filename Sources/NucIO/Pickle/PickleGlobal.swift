/// One entry of a `PickleAllowList`: a Python global a pickle may name, and how the
/// unpickler rebuilds what the pickle does with it.
///
/// A pickle names a class or function with `GLOBAL` or `STACK_GLOBAL`, calls it with
/// `REDUCE` or `NEWOBJ`, and may then hand the result a state with `BUILD`. Here the call
/// and the state are plain Swift closures over already-rebuilt `PickleValue`s, so nothing
/// from the pickle is ever executed. A global with no `call` can only be used as a value
/// (it becomes `.global(name)`), as `numpy.ndarray` is when passed to `_reconstruct`.
public struct PickleGlobal: Sendable {
    /// Rebuilds the result of calling the global with positional arguments.
    public typealias Call = @Sendable (_ arguments: [PickleValue]) throws -> PickleValue
    /// Rebuilds an object from the value a `Call` returned and the state `BUILD` gives it.
    public typealias Build = @Sendable (_ object: PickleValue, _ state: PickleValue) throws -> PickleValue

    /// What `BUILD` does to a value this global's call returned.
    public enum BuildRule: Sendable {
        /// `BUILD` is an error.
        case unsupported
        /// The state is read (so it is still checked) and dropped.
        case ignoreState
        /// The closure returns the built object.
        case apply(Build)
    }

    /// The dotted name, module then qualified name: `numpy.dtype`, `torch._utils._rebuild_tensor_v2`.
    public let name: String
    /// How `REDUCE` and `NEWOBJ` rebuild a call, or nil when the global may not be called.
    public let call: Call?
    /// What `BUILD` does to the call's result.
    public let build: BuildRule

    /// Creates an allow-list entry.
    ///
    /// - Parameters:
    ///   - name: The dotted name, module and qualified name joined by `.`.
    ///   - call: Rebuilds calls; nil for a global used only as a value.
    ///   - build: What `BUILD` does to a call's result; `.unsupported` by default.
    public init(_ name: String, call: Call? = nil, build: BuildRule = .unsupported) {
        self.name = name
        self.call = call
        self.build = build
    }

    /// A class whose instances are skipped: calling it gives `.skipped(className:)` and a
    /// later `BUILD` state is dropped (for `argparse.Namespace` in training checkpoints).
    ///
    /// - Parameter name: The dotted class name.
    /// - Returns: The entry.
    public static func skipped(_ name: String) -> PickleGlobal {
        PickleGlobal(name, call: { _ in .skipped(className: name) }, build: .ignoreState)
    }

    /// A global that may appear only as a value, such as `torch.FloatStorage` inside a
    /// persistent id.
    ///
    /// - Parameter name: The dotted name.
    /// - Returns: The entry.
    public static func name(_ name: String) -> PickleGlobal {
        PickleGlobal(name)
    }
}
