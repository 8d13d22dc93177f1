extension MatMatrixParser {
    /// Reads a numeric or logical array: one data element, converted to the class.
    ///
    /// Conversion follows `loadmat(mat_dtype=True)`: `double` and `single` classes take
    /// every stored value as numpy's `astype` rounds it, `logical` is "not zero", and the
    /// integer classes need each stored value to be exactly representable (MATLAB never
    /// writes one that is not; numpy would wrap it).
    ///
    /// - Parameter header: The array's header.
    /// - Returns: The array, row-major.
    /// - Throws: `InputError` for a complex array, a data element of the wrong type or
    ///   size, or a stored value the integer class cannot hold.
    func numeric(_ header: Header) throws -> MatValue {
        guard !header.isComplex else {
            throw buffer.error(
                "complex arrays are not supported: this reader returns real values only, and this "
                    + "\(header.description) has an imaginary part", at: header.position)
        }
        let data = try buffer.tag(at: header.contentOffset, end: header.end)
        guard let storage = data.type, let size = storage.numericSize else {
            throw buffer.error("numeric data must be a numeric element, found \(data.description)", at: data.position)
        }
        guard data.count % size == 0, data.count / size == header.count else {
            throw buffer.error(
                "\(header.description) needs \(header.count) values, but its data is an \(data.description)",
                at: data.position)
        }
        let converter = NumericConverter(parser: self, header: header, data: data)
        guard let numbers = try storage.visitStorage(converter) else {
            throw buffer.error("numeric data must be a numeric element, found \(data.description)", at: data.position)
        }
        return .numeric(MatArray(shape: header.shape, numbers: numbers))
    }
}

/// Converts the stored values of one data element to the array's class, row-major.
private struct NumericConverter: MatStorageVisitor {
    let parser: MatMatrixParser
    let header: MatMatrixParser.Header
    let data: MatTag

    func visit<Storage: MatStorageScalar>(_ type: Storage.Type) throws -> MatNumbers {
        if header.isLogical {
            return .logical(values(Storage.self) { $0.isNonzero })
        }
        switch header.matClass {
        case .single: return .single(values(Storage.self) { $0.convertedToFloat })
        case .int8: return .int8(try exact(Storage.self, as: Int8.self))
        case .uint8: return .uint8(try exact(Storage.self, as: UInt8.self))
        case .int16: return .int16(try exact(Storage.self, as: Int16.self))
        case .uint16: return .uint16(try exact(Storage.self, as: UInt16.self))
        case .int32: return .int32(try exact(Storage.self, as: Int32.self))
        case .uint32: return .uint32(try exact(Storage.self, as: UInt32.self))
        case .int64: return .int64(try exact(Storage.self, as: Int64.self))
        case .uint64: return .uint64(try exact(Storage.self, as: UInt64.self))
        default: return .double(values(Storage.self) { $0.convertedToDouble })
        }
    }

    /// Converts every value with a conversion that cannot fail.
    private func values<Storage: MatStorageScalar, Value: BitwiseCopyable>(
        _ storage: Storage.Type, _ convert: (Storage) -> Value
    ) -> [Value] {
        let (buffer, start) = (parser.buffer, data.dataOffset)
        return MatLayout.rowMajor(shape: header.shape) { index in
            convert(Storage.load(from: buffer, at: start + index * Storage.size))
        }
    }

    /// Converts every value to an integer class, failing on the first it cannot hold.
    private func exact<Storage: MatStorageScalar, Value: FixedWidthInteger & BitwiseCopyable>(
        _ storage: Storage.Type, as type: Value.Type
    ) throws -> [Value] {
        let (buffer, start) = (parser.buffer, data.dataOffset)
        let (className, storageName) = (header.matClass.name, MatDataType.describe(data.code))
        return try MatLayout.rowMajor(shape: header.shape) { index in
            let position = start + index * Storage.size
            let stored = Storage.load(from: buffer, at: position)
            guard let value = stored.exactly(Value.self) else {
                throw buffer.error(
                    "value \(stored) stored as \(storageName) does not fit class \(className)",
                    at: position)
            }
            return value
        }
    }
}
