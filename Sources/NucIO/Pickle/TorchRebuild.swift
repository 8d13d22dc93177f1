/// Rebuild rules for what `torch.save` pickles: tensors over storages, parameters, and
/// `argparse.Namespace` training arguments (skipped).
///
/// A tensor becomes a `PickledTensor` naming its storage record; the storage itself is read
/// later, and only for the tensors the caller keeps. The storage classes may appear only as
/// names inside persistent ids.
///
/// Reference: torch 2.13 `torch/_tensor.py` (`Tensor._reduce_ex_internal`), `torch/_utils.py`
/// (`_rebuild_tensor_v2`, `_rebuild_parameter`) and `torch/serialization.py` (`persistent_id`).
enum TorchRebuild {
    /// The entries this type provides.
    static let globals: [PickleGlobal] =
        [
            PickleGlobal("torch._utils._rebuild_tensor_v2", call: rebuildTensor),
            PickleGlobal("torch._utils._rebuild_parameter", call: rebuildParameter),
            .skipped("argparse.Namespace"),
        ] + CheckpointDType.torchStorageNames.map { PickleGlobal.name($0) }

    // MARK: - Rules

    /// `_rebuild_tensor_v2(storage, storage_offset, size, stride, requires_grad, backward_hooks[, metadata])`.
    private static func rebuildTensor(_ arguments: [PickleValue]) throws -> PickleValue {
        guard (6...7).contains(arguments.count) else {
            throw InputError("torch._utils._rebuild_tensor_v2 expects 6 or 7 arguments, got \(arguments.count)")
        }
        let storage = try Self.storage(arguments[0])
        guard let offset = arguments[1].int64, offset >= 0 else {
            throw InputError("tensor storage offset must be a non-negative int, got \(arguments[1].typeName)")
        }
        let shape = try integers(arguments[2], what: "size")
        let strides = try integers(arguments[3], what: "stride")
        guard shape.count == strides.count else {
            throw InputError("tensor has \(shape.count) sizes but \(strides.count) strides")
        }
        guard case .bool = arguments[4], case .dict = arguments[5] else {
            throw InputError(
                "tensor requires_grad and backward hooks must be a bool and a dict, got"
                    + " \(arguments[4].typeName) and \(arguments[5].typeName)")
        }
        return .tensor(PickledTensor(storage: storage, storageOffset: Int(offset), shape: shape, strides: strides))
    }

    /// `_rebuild_parameter(data, requires_grad, backward_hooks)`: the data tensor.
    private static func rebuildParameter(_ arguments: [PickleValue]) throws -> PickleValue {
        guard arguments.count == 3, case .tensor = arguments[0] else {
            throw InputError("torch._utils._rebuild_parameter expects (tensor, requires_grad, backward_hooks)")
        }
        return arguments[0]
    }

    // MARK: - Helpers

    /// The storage a persistent id `('storage', storage_type, key, location, numel)` names.
    private static func storage(_ value: PickleValue) throws -> PickledTensor.Storage {
        guard case .persistentID(let identifier) = value, let fields = identifier.elements, fields.count == 5,
            fields[0] == .string("storage"), case .global(let typeName) = fields[1],
            case .string(let key) = fields[2], case .string(let location) = fields[3],
            let count = fields[4].int64, count >= 0, count <= Int64(Int.max)
        else {
            throw InputError(
                "tensor storage must be a persistent id ('storage', type, key, location, numel), got \(value)")
        }
        guard let dtype = CheckpointDType(torchStorage: typeName) else {
            throw InputError("tensor storage type \(typeName) is not supported")
        }
        guard !key.isEmpty, !key.contains("/"), key != ".", key != ".." else {
            throw InputError("tensor storage key '\(key)' is not a plain record name")
        }
        return PickledTensor.Storage(key: key, dtype: dtype, location: location, elementCount: Int(count))
    }

    /// A tuple of non-negative ints.
    private static func integers(_ value: PickleValue, what: String) throws -> [Int] {
        guard case .tuple(let items) = value else {
            throw InputError("tensor \(what) must be a tuple, got \(value.typeName)")
        }
        return try items.map { item in
            guard let number = item.int64, number >= 0, number <= Int64(Int.max) else {
                throw InputError("tensor \(what) \(items) holds a value that is not a non-negative int")
            }
            return Int(number)
        }
    }
}
