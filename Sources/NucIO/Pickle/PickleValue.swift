/// A value rebuilt from a Python pickle by `Unpickler`: plain data only, never live objects.
///
/// Containers keep the order of the stream: a dict's entries are in insertion order (so an
/// `OrderedDict` and a `dict` read the same), a set's elements in the order the pickler
/// wrote them. numpy arrays and scalars become `PickledArray`s; classes and functions the
/// allow-list admits as plain names (such as `torch.FloatStorage`) become `.global`.
public indirect enum PickleValue: Sendable, Hashable {
    /// `None`.
    case none
    /// `True` or `False`.
    case bool(Bool)
    /// An `int` that fits in 64 bits; larger ones are rejected.
    case int(Int64)
    /// A `float`.
    case float(Double)
    /// A `str`.
    case string(String)
    /// A `bytes` or `bytearray`.
    case bytes([UInt8])
    /// A `list`.
    case list([PickleValue])
    /// A `tuple`.
    case tuple([PickleValue])
    /// A `dict` or `collections.OrderedDict`, in insertion order with unique keys.
    ///
    /// Attributes an `OrderedDict` carries besides its items (torch's `_metadata`) are
    /// dropped.
    case dict([Entry])
    /// A `set` or `frozenset`, in stream order without duplicates.
    case set([PickleValue])
    /// A numpy `ndarray` of a numeric, boolean or unicode dtype.
    case array(PickledArray)
    /// A numpy `ndarray` of dtype `object`: its shape and its elements in row-major order.
    case objectArray(shape: [Int], elements: [PickleValue])
    /// A numpy scalar such as `numpy.float64(0.5)`: a 0-d array.
    case scalar(PickledArray)
    /// A `numpy.dtype`, as numpy's `dtype.str` spells it (`<f4`, `|b1`, `|O`).
    case dtype(String)
    /// A class or function the allow-list admits, used as a value: its dotted name.
    case global(String)
    /// What a `BINPERSID` opcode referred to, for the caller to resolve (PyTorch storages).
    case persistentID(PickleValue)
    /// A PyTorch tensor rebuilt by `torch._utils._rebuild_tensor_v2`: where its elements lie,
    /// not the elements themselves.
    case tensor(PickledTensor)
    /// An instance of an allow-listed class that is skipped rather than rebuilt, such as
    /// `argparse.Namespace`: only its class name is kept.
    case skipped(className: String)

    /// One key–value pair of a `.dict`.
    public struct Entry: Sendable, Hashable {
        /// The key: a hashable value (no lists, dicts or arrays).
        public let key: PickleValue
        /// The value.
        public let value: PickleValue

        /// Creates an entry.
        ///
        /// - Parameters:
        ///   - key: The key.
        ///   - value: The value.
        public init(_ key: PickleValue, _ value: PickleValue) {
            self.key = key
            self.value = value
        }
    }
}
