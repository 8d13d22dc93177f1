extension NpyFile {
    /// Reads a 2-D label map, or image `slice` of an (N, H, W) stack, as an instance map.
    ///
    /// Integer and boolean labels go through `InstanceMap(height:width:labels:)`, floating
    /// labels (PanNuke stores float64) through `InstanceMap(height:width:values:)`.
    ///
    /// - Parameter slice: The image of an (N, H, W) stack; nil for an (H, W) array.
    /// - Returns: The compacted map.
    /// - Throws: `InputError` naming the file if the shape is not (H, W) without a slice or
    ///   (N, H, W) with one, the slice is out of range, the dtype is a string, or a label is
    ///   negative, fractional or not finite.
    public func instanceMap(slice: Int? = nil) throws -> InstanceMap {
        let (height, width) = try imageSize(slice: slice)
        do {
            if dtype.kind == .floatingPoint {
                return try InstanceMap(height: height, width: width, values: doubleValues(slice: slice))
            }
            return try InstanceMap(height: height, width: width, labels: int64Values(slice: slice))
        } catch let error as InputError {
            throw error.inFile(path)
        }
    }

    /// Reads one channel of one image of an (N, H, W, C) stack as `Double`s.
    ///
    /// This is the access PanNuke's `masks.npy` (N × 256 × 256 × 6, float64) needs: one pass
    /// over image `slice`'s pages, converted with the file's byte order. Fortran-order files
    /// are read with strides and are slower.
    ///
    /// - Parameters:
    ///   - channel: Index along the last axis.
    ///   - slice: Index along the first axis.
    /// - Returns: H × W values, row-major.
    /// - Throws: `InputError` naming the file if the array is not 4-D, either index is out
    ///   of range, or the dtype is a string.
    /// - Complexity: O(H × W); only the pages holding image `slice` are touched.
    public func channel(_ channel: Int, ofSlice slice: Int) throws -> [Double] {
        guard shape.count == 4 else {
            throw InputError("expected an (N, H, W, C) stack for channel access, found shape \(shape)", file: path)
        }
        try checkIndex(slice, axis: 0, name: "slice")
        try checkIndex(channel, axis: 3, name: "channel")
        return try doubleValues(
            in: NpySelection(shape: shape, isFortranOrder: isFortranOrder, fixed: [0: slice, 3: channel]))
    }

    /// The (height, width) of the label map `instanceMap(slice:)` would read.
    private func imageSize(slice: Int?) throws -> (height: Int, width: Int) {
        switch (shape.count, slice) {
        case (2, nil):
            return (shape[0], shape[1])
        case (3, .some(let index)):
            try checkIndex(index, axis: 0, name: "slice")
            return (shape[1], shape[2])
        case (3, nil):
            throw InputError("array of shape \(shape) is a stack; pass the slice of the image to read", file: path)
        case (2, .some):
            throw InputError("array of shape \(shape) is a single image; read it without a slice", file: path)
        default:
            throw InputError("expected an (H, W) label map or an (N, H, W) stack, found shape \(shape)", file: path)
        }
    }
}
