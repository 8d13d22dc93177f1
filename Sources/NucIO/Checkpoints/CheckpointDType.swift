/// The element type a checkpoint stores a tensor in.
///
/// Every type is converted to `Float` when read (see `CheckpointTensor`): float16, bfloat16
/// and float64 round to nearest; integers convert exactly up to 2^24 in magnitude and round
/// to nearest beyond; `bool` becomes 0 or 1. The original type is kept beside the elements.
public enum CheckpointDType: String, Sendable, Hashable, CaseIterable {
    /// IEEE 754 binary32, the type of the released weights.
    case float32
    /// IEEE 754 binary64.
    case float64
    /// IEEE 754 binary16.
    case float16
    /// bfloat16: the upper half of a binary32.
    case bfloat16
    /// Signed 64-bit integer (batch-norm `num_batches_tracked`).
    case int64
    /// Signed 32-bit integer.
    case int32
    /// Signed 16-bit integer.
    case int16
    /// Signed 8-bit integer.
    case int8
    /// Unsigned 8-bit integer.
    case uint8
    /// One byte, 0 or not.
    case bool

    /// Bytes per element.
    public var itemSize: Int {
        switch self {
        case .float64, .int64: return 8
        case .float32, .int32: return 4
        case .float16, .bfloat16, .int16: return 2
        case .int8, .uint8, .bool: return 1
        }
    }

    /// The type of a legacy typed-storage class a PyTorch pickle names in its persistent ids
    /// (`torch.FloatStorage`), or of `torch.UntypedStorage` (bytes).
    ///
    /// Reference: torch 2.13 `torch/storage.py` (`_LegacyStorage` subclasses) and
    /// `torch/serialization.py` (`persistent_id`, `_load`'s `persistent_load`).
    ///
    /// Fails for any other name.
    ///
    /// - Parameter torchStorage: The dotted class name.
    public init?(torchStorage: String) {
        switch torchStorage {
        case "torch.FloatStorage": self = .float32
        case "torch.DoubleStorage": self = .float64
        case "torch.HalfStorage": self = .float16
        case "torch.BFloat16Storage": self = .bfloat16
        case "torch.LongStorage": self = .int64
        case "torch.IntStorage": self = .int32
        case "torch.ShortStorage": self = .int16
        case "torch.CharStorage": self = .int8
        case "torch.ByteStorage", "torch.UntypedStorage", "torch.storage.UntypedStorage": self = .uint8
        case "torch.BoolStorage": self = .bool
        default: return nil
        }
    }

    /// The storage class names `init(torchStorage:)` accepts.
    static let torchStorageNames = [
        "torch.FloatStorage", "torch.DoubleStorage", "torch.HalfStorage", "torch.BFloat16Storage",
        "torch.LongStorage", "torch.IntStorage", "torch.ShortStorage", "torch.CharStorage", "torch.ByteStorage",
        "torch.UntypedStorage", "torch.storage.UntypedStorage", "torch.BoolStorage",
    ]

    /// The type a safetensors header names (`F32`, `BF16`, `I64`, `BOOL`).
    ///
    /// Reference: huggingface/safetensors `safetensors/src/tensor.rs` (`Dtype`).
    ///
    /// Fails for the types not supported here (the 4-bit, 8-bit float and unsigned 16–64-bit ones).
    ///
    /// - Parameter safetensors: The header's dtype string.
    public init?(safetensors: String) {
        switch safetensors {
        case "F32": self = .float32
        case "F64": self = .float64
        case "F16": self = .float16
        case "BF16": self = .bfloat16
        case "I64": self = .int64
        case "I32": self = .int32
        case "I16": self = .int16
        case "I8": self = .int8
        case "U8": self = .uint8
        case "BOOL": self = .bool
        default: return nil
        }
    }
}
