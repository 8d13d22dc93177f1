/// Where a tensor's elements lie in its storage: shape, strides and offset, all in elements,
/// as `torch._utils._rebuild_tensor_v2` receives them.
///
/// `check(storageCount:)` proves every element lies inside the storage before anything is
/// read; `forEachRun(_:)` then visits the elements in row-major order as runs of equally
/// spaced storage elements, merging axes that are contiguous with each other, so that a
/// contiguous tensor is one run.
struct TensorLayout: Sendable, Hashable {
    /// The extent of each axis.
    let shape: [Int]
    /// The storage step of each axis.
    let strides: [Int]
    /// The storage index of element `[0, 0, …]`.
    let offset: Int

    /// The contiguous row-major layout of `shape` at storage offset 0.
    ///
    /// - Parameter shape: The extents, each ≥ 0.
    /// - Returns: The layout.
    static func contiguous(_ shape: [Int]) -> TensorLayout {
        var strides = [Int](repeating: 1, count: shape.count)
        var step = 1
        for axis in shape.indices.reversed() {
            strides[axis] = step
            step &*= max(shape[axis], 1)
        }
        return TensorLayout(shape: shape, strides: strides, offset: 0)
    }

    /// The number of elements of a shape.
    ///
    /// - Parameter shape: The extents.
    /// - Returns: Their product, or nil when an extent is negative or the product overflows.
    static func count(of shape: [Int]) -> Int? {
        var product = 1
        for extent in shape {
            guard extent >= 0 else { return nil }
            let (next, overflow) = product.multipliedReportingOverflow(by: extent)
            guard !overflow else { return nil }
            product = next
        }
        return product
    }

    /// Checks that the layout is well formed and every element lies in a storage of `storageCount` elements.
    ///
    /// - Parameter storageCount: Elements the storage holds.
    /// - Returns: The number of elements of the tensor.
    /// - Throws: `InputError` (without a file) describing the problem.
    @discardableResult
    func check(storageCount: Int) throws -> Int {
        guard shape.count == strides.count else {
            throw InputError("tensor has \(shape.count) sizes but \(strides.count) strides")
        }
        guard let count = Self.count(of: shape) else {
            throw InputError("tensor shape \(shape) is negative or too large")
        }
        guard strides.allSatisfy({ $0 >= 0 }), offset >= 0 else {
            throw InputError("tensor strides \(strides) and storage offset \(offset) must not be negative")
        }
        guard count > 0 else { return 0 }
        var last = offset
        for (extent, stride) in zip(shape, strides) {
            let (step, overflow) = (extent - 1).multipliedReportingOverflow(by: stride)
            let (sum, overflowSum) = last.addingReportingOverflow(step)
            guard !overflow, !overflowSum else { throw InputError("tensor strides \(strides) overflow") }
            last = sum
        }
        guard last < storageCount else {
            throw InputError(
                "tensor of shape \(shape), strides \(strides) and storage offset \(offset) reaches element \(last)"
                    + " of a storage that holds only \(storageCount)")
        }
        return count
    }

    /// Visits the elements in row-major order as runs of equally spaced storage elements.
    ///
    /// Call only after `check(storageCount:)` has succeeded.
    ///
    /// - Parameter body: Receives each run's first storage index, its element count and its step.
    /// - Throws: What `body` throws.
    func forEachRun(_ body: (_ start: Int, _ count: Int, _ step: Int) throws -> Void) rethrows {
        var axes: [(extent: Int, stride: Int)] = []
        for (extent, stride) in zip(shape, strides) where extent != 1 {
            if extent == 0 { return }
            if let outer = axes.last, outer.stride == stride * extent {
                axes[axes.count - 1] = (outer.extent * extent, stride)
            } else {
                axes.append((extent, stride))
            }
        }
        guard let run = axes.popLast() else {
            try body(offset, 1, 1)
            return
        }
        var counters = [Int](repeating: 0, count: axes.count)
        var start = offset
        while true {
            try body(start, run.extent, run.stride)
            var axis = axes.count - 1
            while axis >= 0 {
                counters[axis] += 1
                start += axes[axis].stride
                if counters[axis] < axes[axis].extent { break }
                start -= axes[axis].stride * axes[axis].extent
                counters[axis] = 0
                axis -= 1
            }
            if axis < 0 { return }
        }
    }
}
