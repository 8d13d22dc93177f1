/// A dense float32 tensor in row-major (C-contiguous) order, the engine's only value type for activations and weights.
///
/// The shape is explicit and the strides are derived from it: element `[i0, i1, …]` lives at
/// `Σ ik · strides[k]`. Storage is a Swift array, so a tensor is a value (copy on write); hot
/// loops reach the elements through `withUnsafeBufferPointer` / `withUnsafeMutableBufferPointer`.
public struct Tensor: Sendable, Equatable {
    /// The extent of each axis, outermost first.
    public private(set) var shape: [Int]
    /// The elements in row-major order; `elements.count` is the product of `shape`.
    public var elements: [Float]

    /// Creates a tensor from its shape and row-major elements.
    ///
    /// - Parameters:
    ///   - shape: The extent of each axis (each ≥ 0).
    ///   - elements: Exactly `shape.reduce(1, *)` values in row-major order.
    public init(shape: [Int], elements: [Float]) {
        precondition(shape.allSatisfy { $0 >= 0 }, "negative extent in shape \(shape)")
        precondition(elements.count == Tensor.count(of: shape), "\(elements.count) elements for shape \(shape)")
        self.shape = shape
        self.elements = elements
    }

    /// Creates a tensor of the given shape filled with one value.
    ///
    /// - Parameters:
    ///   - shape: The extent of each axis.
    ///   - value: The fill value (zero by default).
    public init(zeros shape: [Int], value: Float = 0) {
        self.init(shape: shape, elements: [Float](repeating: value, count: Tensor.count(of: shape)))
    }

    /// The number of elements a shape holds.
    ///
    /// - Parameter shape: The extent of each axis.
    /// - Returns: The product of the extents (1 for a scalar's empty shape).
    public static func count(of shape: [Int]) -> Int { shape.reduce(1, *) }

    /// The number of axes.
    public var rank: Int { shape.count }

    /// The number of elements.
    public var count: Int { elements.count }

    /// The row-major strides, in elements: the last axis has stride 1.
    public var strides: [Int] {
        var strides = [Int](repeating: 1, count: shape.count)
        var stride = 1
        for axis in shape.indices.reversed() {
            strides[axis] = stride
            stride *= shape[axis]
        }
        return strides
    }

    /// The same elements viewed with another shape of equal element count.
    ///
    /// - Parameter newShape: The new extents; their product must equal `count`.
    /// - Returns: The reshaped tensor (no element moves).
    public func reshaped(_ newShape: [Int]) -> Tensor {
        Tensor(shape: newShape, elements: elements)
    }

    /// Changes the shape in place to another of equal element count.
    ///
    /// - Parameter newShape: The new extents; their product must equal `count`.
    public mutating func reshape(_ newShape: [Int]) {
        precondition(Tensor.count(of: newShape) == elements.count, "cannot view \(shape) as \(newShape)")
        shape = newShape
    }
}
