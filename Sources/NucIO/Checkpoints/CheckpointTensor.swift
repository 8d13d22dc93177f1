/// A tensor read from a checkpoint: its shape and its elements as `Float`, in row-major order.
///
/// Whatever the stored type, strides and storage offset, the elements are materialised
/// contiguous and converted as `CheckpointDType` describes; the stored type is kept so that
/// a caller can tell an integer counter from a weight.
public struct CheckpointTensor: Sendable, Equatable {
    /// The extent of each axis, outermost first; empty for a 0-d tensor.
    public let shape: [Int]
    /// The elements in row-major order; `elements.count` is the product of `shape`.
    public let elements: [Float]
    /// The type the checkpoint stored.
    public let dtype: CheckpointDType

    /// Creates a tensor.
    ///
    /// - Parameters:
    ///   - shape: The extents.
    ///   - elements: Exactly the product of `shape` elements, in row-major order.
    ///   - dtype: The stored type.
    /// - Throws: `InputError` when the element count does not match the shape.
    public init(shape: [Int], elements: [Float], dtype: CheckpointDType) throws {
        guard shape.allSatisfy({ $0 >= 0 }), TensorLayout.count(of: shape) == elements.count else {
            throw InputError("tensor of shape \(shape) cannot hold \(elements.count) elements")
        }
        self.shape = shape
        self.elements = elements
        self.dtype = dtype
    }
}
