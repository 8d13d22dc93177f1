/// A PyTorch tensor as a checkpoint's pickle describes it: which storage, and where in it
/// the elements lie.
///
/// Nothing is read from the storage until the tensor is materialised.
///
/// Reference: torch 2.13 `torch/_utils.py` (`_rebuild_tensor_v2(storage, storage_offset,
/// size, stride, requires_grad, backward_hooks, metadata=None)`) and `torch/serialization.py`
/// (`persistent_id`: `('storage', storage_type, key, location, numel)`).
public struct PickledTensor: Sendable, Hashable {
    /// A storage a persistent id names: one `data/<key>` record of the archive.
    public struct Storage: Sendable, Hashable {
        /// The record's name under the archive's `data/` folder.
        public let key: String
        /// The element type of the storage class.
        public let dtype: CheckpointDType
        /// The device it was saved from (`cpu`, `cuda:0`); informational only.
        public let location: String
        /// Elements the storage holds.
        public let elementCount: Int

        /// Creates a storage description.
        ///
        /// - Parameters:
        ///   - key: The record name.
        ///   - dtype: The element type.
        ///   - location: The device.
        ///   - elementCount: Elements held.
        public init(key: String, dtype: CheckpointDType, location: String, elementCount: Int) {
            self.key = key
            self.dtype = dtype
            self.location = location
            self.elementCount = elementCount
        }
    }

    /// The storage the elements lie in.
    public let storage: Storage
    /// The storage index of element `[0, 0, …]`.
    public let storageOffset: Int
    /// The extent of each axis.
    public let shape: [Int]
    /// The storage step of each axis, in elements.
    public let strides: [Int]

    /// Creates a tensor description.
    ///
    /// - Parameters:
    ///   - storage: The storage.
    ///   - storageOffset: Index of the first element.
    ///   - shape: The extents.
    ///   - strides: The steps, one per axis.
    public init(storage: Storage, storageOffset: Int, shape: [Int], strides: [Int]) {
        self.storage = storage
        self.storageOffset = storageOffset
        self.shape = shape
        self.strides = strides
    }

    /// The layout to check and read.
    var layout: TensorLayout { TensorLayout(shape: shape, strides: strides, offset: storageOffset) }
}
