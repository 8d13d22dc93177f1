extension MatFile {
    // MARK: - HoVer-Net label files

    /// Reads a 2-D label map, such as HoVer-Net's `inst_map` (CoNSeP, Kumar, CPM), as an
    /// instance map.
    ///
    /// Any numeric class is accepted: integer and logical labels go through
    /// `InstanceMap(height:width:labels:)`, `double` and `single` labels (MATLAB's usual
    /// class, often stored as `miUINT8`/`miUINT16`) through `InstanceMap(height:width:values:)`.
    ///
    /// - Parameter name: The variable; `inst_map` by default.
    /// - Returns: The compacted map, rows × columns as MATLAB shows it.
    /// - Throws: `InputError` naming the file and the variable's offset if there is no such
    ///   variable, it is not a 2-D numeric array, or a label is negative, fractional, not
    ///   finite or beyond `Int64`.
    public func instanceMap(_ name: String = "inst_map") throws -> InstanceMap {
        let (array, entry) = try numericVariable(name)
        let (rows, columns) = try matrixSize(array, name: name, entry: entry)
        return try attributing(to: name, entry) {
            switch array.numbers {
            case .int32(let labels):
                return try InstanceMap(height: rows, width: columns, int32Labels: labels)
            case _ where array.numbers.isFloatingPoint:
                return try InstanceMap(height: rows, width: columns, values: array.doubleValues)
            default:
                return try InstanceMap(height: rows, width: columns, labels: array.int64Values())
            }
        }
    }

    /// Reads a 2-D numeric variable whose values are all whole numbers, such as `type_map`.
    ///
    /// - Parameter name: The variable.
    /// - Returns: Its size and its values in row-major order.
    /// - Throws: `InputError` naming the file and the variable's offset if there is no such
    ///   variable, it is not a 2-D numeric array, or a value is fractional, not finite or
    ///   beyond `Int64`.
    public func integerMatrix(_ name: String) throws -> (rows: Int, columns: Int, values: [Int64]) {
        let (array, entry) = try numericVariable(name)
        let (rows, columns) = try matrixSize(array, name: name, entry: entry)
        return (rows, columns, try attributing(to: name, entry) { try array.int64Values() })
    }

    /// Reads per-instance class labels, HoVer-Net's `inst_type` (N×1 doubles).
    ///
    /// - Parameter name: The variable; `inst_type` by default.
    /// - Returns: One label per instance; empty for an empty array of any shape.
    /// - Throws: `InputError` naming the file and the variable's offset if there is no such
    ///   variable, it is not numeric, is neither N×1 nor 1×N, or a label is not a whole number.
    public func instanceTypes(_ name: String = "inst_type") throws -> [Int] {
        let (array, entry) = try numericVariable(name)
        guard array.count == 0 || (array.shape.count == 2 && array.shape.contains(1)) else {
            throw InputError(
                "variable '\(name)' has shape \(array.shape); expected N×1 instance types", file: path,
                offset: entry.offset)
        }
        return try attributing(to: name, entry) { try array.int64Values().map { Int($0) } }
    }

    /// Reads per-instance centroids, HoVer-Net's `inst_centroid`: N×2 doubles, column 0 the
    /// x (column) and column 1 the y (row) coordinate, as its `cv2.moments` m10/m00, m01/m00.
    ///
    /// - Parameter name: The variable; `inst_centroid` by default.
    /// - Returns: One point per row; empty for an empty array of any shape.
    /// - Throws: `InputError` naming the file and the variable's offset if there is no such
    ///   variable, or it is not a numeric N×2 array.
    public func centroids(_ name: String = "inst_centroid") throws -> [Point] {
        let (array, entry) = try numericVariable(name)
        guard array.count > 0 else { return [] }
        guard array.shape.count == 2, array.shape[1] == 2 else {
            throw InputError(
                "variable '\(name)' has shape \(array.shape); expected N×2 centroids (x, y)", file: path,
                offset: entry.offset)
        }
        let values = array.doubleValues
        return (0..<array.shape[0]).map { Point(x: values[2 * $0], y: values[2 * $0 + 1]) }
    }

    // MARK: - Helpers

    /// Reads a variable that must be a numeric array.
    private func numericVariable(_ name: String) throws -> (MatArray, MatVariableEntry) {
        let entry = try entry(named: name)
        let value = try value(of: entry)
        guard let array = value.array else {
            throw InputError(
                "variable '\(name)' is a \(value.kindDescription), not a numeric array", file: path,
                offset: entry.offset)
        }
        return (array, entry)
    }

    /// The rows and columns of a 2-D array.
    private func matrixSize(_ array: MatArray, name: String, entry: MatVariableEntry) throws -> (Int, Int) {
        guard array.shape.count == 2 else {
            throw InputError(
                "variable '\(name)' has shape \(array.shape); expected a 2-D matrix", file: path,
                offset: entry.offset)
        }
        return (array.shape[0], array.shape[1])
    }

    /// Runs `body`, naming the file, the variable and its offset in the errors it throws.
    private func attributing<Result>(to name: String, _ entry: MatVariableEntry, _ body: () throws -> Result) throws
        -> Result
    {
        do {
            return try body()
        } catch let error as InputError {
            throw InputError("variable '\(name)': \(error.message)", file: path, offset: entry.offset)
        }
    }
}
