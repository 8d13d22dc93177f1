/// A strided set of array elements to read, and where each lands in a row-major result.
///
/// Built from the array's shape and storage order with some axes fixed (the first axis
/// for a slice, the last too for a channel), then normalised for reading: axes ordered
/// from the smallest file stride up, so elements are visited in increasing file
/// position, with length-1 axes dropped and contiguous neighbours merged. A C-order
/// slice becomes one contiguous run; a Fortran-order slice stays strided.
struct NpySelection: Equatable {
    /// One loop of the traversal, in elements.
    struct Axis: Equatable {
        /// Number of steps.
        var count: Int
        /// Distance between successive elements in the file.
        var fileStride: Int
        /// Distance between successive elements in the result.
        var resultStride: Int
    }

    /// Index in the file, in elements, of the first element read.
    let fileStart: Int
    /// The loops, innermost (smallest file stride) first; empty for a single element.
    let axes: [Axis]
    /// The shape of the result: the shape with the fixed axes removed.
    let resultShape: [Int]
    /// Number of elements read.
    let count: Int

    /// Selects the elements whose index on each fixed axis equals the given value.
    ///
    /// The caller has checked the shape against overflow (`NpyHeader`) and each fixed
    /// index against its axis.
    ///
    /// - Parameters:
    ///   - shape: The array's shape.
    ///   - isFortranOrder: Whether the file stores it column-major.
    ///   - fixed: Axis number → index on that axis.
    init(shape: [Int], isFortranOrder: Bool, fixed: [Int: Int] = [:]) {
        var fileStrides = [Int](repeating: 1, count: shape.count)
        let storageOrder = isFortranOrder ? Array(shape.indices) : shape.indices.reversed()
        var stride = 1
        for axis in storageOrder {
            fileStrides[axis] = stride
            stride *= shape[axis]
        }
        var start = 0
        var free: [(count: Int, fileStride: Int)] = []
        for axis in shape.indices {
            if let index = fixed[axis] {
                start += index * fileStrides[axis]
            } else {
                free.append((shape[axis], fileStrides[axis]))
            }
        }
        var axes: [Axis] = []
        var resultStride = 1
        for axis in free.reversed() {
            axes.append(Axis(count: axis.count, fileStride: axis.fileStride, resultStride: resultStride))
            resultStride *= axis.count
        }
        fileStart = start
        resultShape = free.map(\.count)
        count = resultStride
        axes.sort { $0.fileStride < $1.fileStride }
        self.axes = count == 0 ? [] : Self.merged(axes.filter { $0.count != 1 })
    }

    /// Merges each axis into the one inside it when together they form one regular run.
    private static func merged(_ axes: [Axis]) -> [Axis] {
        var result: [Axis] = []
        for axis in axes {
            if let inner = result.last, axis.fileStride == inner.count * inner.fileStride,
                axis.resultStride == inner.count * inner.resultStride
            {
                result[result.count - 1].count *= axis.count
            } else {
                result.append(axis)
            }
        }
        return result
    }
}
