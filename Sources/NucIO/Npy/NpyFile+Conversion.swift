extension NpyFile {
    // MARK: - Numbers

    /// Reads the whole array, or one slice along the first axis, as exact integers.
    ///
    /// Booleans give 0 and 1. Floating-point values must all be whole numbers in `Int64`
    /// range; `uint64` values above `Int64.max` are rejected too.
    ///
    /// - Parameter slice: Index along the first axis, or nil for the whole array.
    /// - Returns: The values in row-major order; for a slice, the shape is `shape` without
    ///   its first dimension.
    /// - Throws: `InputError` naming the file for a string dtype, a slice out of range or of
    ///   a 0-d array, or a value with no exact `Int64` (with its byte offset).
    /// - Complexity: O(n) in the elements read; only their pages are touched.
    public func int64Values(slice: Int? = nil) throws -> [Int64] {
        try int64Values(in: selection(slice: slice))
    }

    /// Reads the whole array, or one slice along the first axis, as `Double`s.
    ///
    /// Each value converts as numpy's `astype(np.float64)` converts it: exactly, except
    /// 64-bit integers beyond 2^53, which round to nearest even.
    ///
    /// - Parameter slice: Index along the first axis, or nil for the whole array.
    /// - Returns: The values in row-major order; for a slice, the shape is `shape` without
    ///   its first dimension.
    /// - Throws: `InputError` naming the file for a string dtype or a slice out of range or
    ///   of a 0-d array.
    /// - Complexity: O(n) in the elements read; only their pages are touched.
    public func doubleValues(slice: Int? = nil) throws -> [Double] {
        try doubleValues(in: selection(slice: slice))
    }

    /// Reads the selected elements as exact integers.
    ///
    /// - Parameter selection: Which elements.
    /// - Returns: The values in row-major order of `selection.resultShape`.
    /// - Throws: `InputError` for a string dtype or a value with no exact `Int64`.
    func int64Values(in selection: NpySelection) throws -> [Int64] {
        guard let values = try dtype.visitScalarType(Int64Reader(file: self, selection: selection)) else {
            throw InputError("cannot read \(dtype) strings as integers", file: path)
        }
        return values
    }

    /// Reads the selected elements as `Double`s.
    ///
    /// - Parameter selection: Which elements.
    /// - Returns: The values in row-major order of `selection.resultShape`.
    /// - Throws: `InputError` for a string dtype.
    func doubleValues(in selection: NpySelection) throws -> [Double] {
        guard let values = try dtype.visitScalarType(DoubleReader(file: self, selection: selection)) else {
            throw InputError("cannot read \(dtype) strings as numbers", file: path)
        }
        return values
    }

    // MARK: - Strings

    /// Reads a unicode (`U`) array, or one slice of it along the first axis.
    ///
    /// Trailing NULs are padding and are dropped, as numpy drops them.
    ///
    /// - Parameter slice: Index along the first axis, or nil for the whole array.
    /// - Returns: The strings in row-major order.
    /// - Throws: `InputError` naming the file for a non-string dtype, a slice out of range,
    ///   or a code unit that is not a Unicode scalar (with its byte offset).
    public func strings(slice: Int? = nil) throws -> [String] {
        guard dtype.kind == .unicode else {
            throw InputError("array has dtype \(dtype), not a unicode string dtype", file: path)
        }
        let characterCount = dtype.itemSize / 4
        let swapped = dtype.needsByteSwap
        let path = path
        return try gather(selection(slice: slice), filler: "") { bytes, offset in
            var scalars = String.UnicodeScalarView()
            var padding = 0
            for character in 0..<characterCount {
                let unitOffset = offset + 4 * character
                let unit = UInt32.load(from: bytes, at: unitOffset, swapped: swapped)
                guard unit != 0 else {
                    padding += 1
                    continue
                }
                guard let scalar = Unicode.Scalar(unit) else {
                    throw InputError("code unit \(unit) is not a Unicode scalar", file: path, offset: unitOffset)
                }
                scalars.append(contentsOf: repeatElement("\u{0}", count: padding))
                padding = 0
                scalars.append(scalar)
            }
            return String(scalars)
        }
    }
}

// MARK: - Element converters

/// Converts every selected element with `doubleValue`.
private struct DoubleReader: NpyScalarVisitor {
    let file: NpyFile
    let selection: NpySelection

    func visit<Scalar: NpyScalar>(_ type: Scalar.Type) -> [Double] {
        let swapped = file.dtype.needsByteSwap
        return file.gather(selection, filler: 0) { bytes, offset in
            Scalar.load(from: bytes, at: offset, swapped: swapped).doubleValue
        }
    }
}

/// Converts every selected element with `exactInt64`, failing on the first that has none.
private struct Int64Reader: NpyScalarVisitor {
    let file: NpyFile
    let selection: NpySelection

    func visit<Scalar: NpyScalar>(_ type: Scalar.Type) throws -> [Int64] {
        let swapped = file.dtype.needsByteSwap
        let (path, dataOffset, itemSize) = (file.path, file.dataOffset, file.dtype.itemSize)
        return try file.gather(selection, filler: 0) { bytes, offset in
            let value = Scalar.load(from: bytes, at: offset, swapped: swapped)
            guard let exact = value.exactInt64 else {
                let element = (offset - dataOffset) / itemSize
                throw InputError(
                    "value \(value) (element \(element) in file order) is not an integer in Int64 range",
                    file: path, offset: offset)
            }
            return exact
        }
    }
}
