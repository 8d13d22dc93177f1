/// A memory-mapped `.npy` array: its header, read and validated on open, and its elements,
/// read on demand.
///
/// Opening maps the file and reads only the header. `int64Values(slice:)`,
/// `doubleValues(slice:)`, `strings(slice:)`, `instanceMap(slice:)` and
/// `channel(_:ofSlice:)` read the whole array or one slice along the first axis,
/// touching only the pages that hold it and releasing them afterwards, so an 8 GB
/// PanNuke fold can be streamed image by image in little memory. Results are always in
/// row-major (C) order, whatever the file's order.
///
/// Supports format versions 1.0, 2.0 and 3.0 and the dtypes of `NpyDType`
/// (numpy 2.4, `numpy/lib/_format_impl.py`).
public final class NpyFile: Sendable {
    /// The path the file was opened from.
    public let path: String
    /// The element type.
    public let dtype: NpyDType
    /// Dimensions; empty for a 0-d (scalar) array.
    public let shape: [Int]
    /// Whether the file stores the array column-major (Fortran order).
    public let isFortranOrder: Bool
    /// Number of elements: the product of `shape`.
    public let count: Int

    /// Format major version: 1, 2 or 3.
    let majorVersion: Int
    /// File offset of the first data byte.
    let dataOffset: Int
    let mapping: MemoryMappedFile

    /// Opens and maps an `.npy` file and validates its header against the file's length.
    ///
    /// - Parameter path: The file to open.
    /// - Throws: `InputError` naming the file (and the byte offset where relevant) when it
    ///   is missing, a directory, empty, not an `.npy` file, of an unsupported version or
    ///   dtype (object arrays, structured dtypes), has a malformed header or shape, or holds
    ///   a different number of data bytes than its header promises.
    public init(path: String) throws {
        let mapping = try MemoryMappedFile(path: path)
        let header = try mapping.withBytes { try NpyHeader(bytes: $0, file: path) }
        self.path = path
        self.mapping = mapping
        self.dtype = header.dtype
        self.shape = header.shape
        self.isFortranOrder = header.isFortranOrder
        self.count = header.count
        self.majorVersion = header.majorVersion
        self.dataOffset = header.dataOffset
    }

    // MARK: - Selections

    /// The elements of the whole array, or of index `slice` along the first axis.
    ///
    /// - Parameter slice: Index along the first axis, or nil for everything.
    /// - Returns: The selection.
    /// - Throws: `InputError` if the array is 0-d or `slice` is out of range.
    func selection(slice: Int?) throws -> NpySelection {
        guard let slice else {
            return NpySelection(shape: shape, isFortranOrder: isFortranOrder)
        }
        try checkIndex(slice, axis: 0, name: "slice")
        return NpySelection(shape: shape, isFortranOrder: isFortranOrder, fixed: [0: slice])
    }

    /// Checks that `index` lies on `axis`.
    ///
    /// - Parameters:
    ///   - index: The index.
    ///   - axis: The axis it indexes.
    ///   - name: What the index is called in the error.
    /// - Throws: `InputError` naming the file if the axis does not exist or `index` is outside it.
    func checkIndex(_ index: Int, axis: Int, name: String) throws {
        guard axis < shape.count else {
            throw InputError("array of shape \(shape) has no axis \(axis) to take a \(name) from", file: path)
        }
        guard (0..<shape[axis]).contains(index) else {
            throw InputError("\(name) \(index) is out of range 0..<\(shape[axis]) for shape \(shape)", file: path)
        }
    }
}
