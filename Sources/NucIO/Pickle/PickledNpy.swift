/// Reader for `.npy` files of dtype `object`, whose payload is a pickle.
///
/// `np.save(path, value)` with a value that is not a numeric array (a dict, say) saves a 0-d
/// object array: a normal `.npy` header with `'descr': '|O'`, then `pickle.dump(array,
/// protocol=4)` (numpy 2.4.6 `numpy/lib/_format_impl.py`, `write_array`; numpy 1.x used
/// protocol 3). `NpyFile` rejects such files; this reads them with an `Unpickler`, so only
/// allow-listed globals are honoured and nothing is executed.
public enum PickledNpy {
    /// Reads and unpickles an object-dtype `.npy` file.
    ///
    /// - Parameters:
    ///   - path: The file.
    ///   - unpickler: The unpickler to use; the standard allow-list by default.
    /// - Returns: The array numpy's `np.load(path, allow_pickle=True)` returns, as an
    ///   `.objectArray` whose shape is the header's; for `np.save(path, aDict)` that is a
    ///   0-d array whose single element is the dict.
    /// - Throws: `InputError` naming the file and byte offset for a malformed header, a dtype
    ///   other than `object`, a malformed or disallowed pickle, or a payload that is not an
    ///   object array of the header's shape.
    public static func read(path: String, unpickler: Unpickler = Unpickler()) throws -> PickleValue {
        let mapping = try MemoryMappedFile(path: path)
        return try mapping.withBytes { bytes in
            let (shape, dataOffset) = try header(of: bytes, file: path)
            let payload = UnsafeRawBufferPointer(rebasing: bytes[dataOffset...])
            let value = try unpickler.unpickle(payload, file: path, offset: dataOffset)
            guard case .objectArray(let arrayShape, _) = value, arrayShape == shape else {
                throw InputError(
                    "pickled payload is a \(value.typeName), not an object array of the header's shape \(shape)",
                    file: path, offset: dataOffset)
            }
            return value
        }
    }

    /// Whether an `.npy` file's header declares an object array (a pickled payload).
    ///
    /// - Parameter path: The file.
    /// - Returns: `true` for `'descr': '|O'`.
    /// - Throws: `InputError` when the file cannot be read or its header is malformed.
    public static func isObjectArray(path: String) throws -> Bool {
        try MemoryMappedFile(path: path).withBytes { try parsedHeader(of: $0, file: path).isObject }
    }

    // MARK: - Header

    /// Parses the `.npy` header and checks that it describes an object array.
    ///
    /// - Returns: The header's shape and the offset of the pickle.
    private static func header(of bytes: UnsafeRawBufferPointer, file: String) throws -> (shape: [Int], dataOffset: Int)
    {
        let header = try parsedHeader(of: bytes, file: file)
        guard header.isObject else {
            throw InputError(
                "dtype '\(header.descr)' is not object ('|O'); read numeric arrays with NpyFile", file: file,
                offset: header.headerStart)
        }
        return (header.shape, header.dataOffset)
    }

    /// Parses the `.npy` header whatever its dtype.
    private static func parsedHeader(
        of bytes: UnsafeRawBufferPointer, file: String
    ) throws -> (descr: String, isObject: Bool, shape: [Int], headerStart: Int, dataOffset: Int) {
        guard bytes.count >= 8, bytes.prefix(NpyHeader.magic.count).elementsEqual(NpyHeader.magic) else {
            throw InputError("not an .npy file: it does not start with \\x93NUMPY and a version", file: file, offset: 0)
        }
        let major = Int(bytes[6])
        guard (1...3).contains(major), bytes[7] == 0 else {
            throw InputError("unsupported .npy format version \(major).\(bytes[7])", file: file, offset: 6)
        }
        let lengthSize = major == 1 ? 2 : 4
        let headerStart = 8 + lengthSize
        guard bytes.count >= headerStart else { throw InputError("truncated .npy header", file: file, offset: 8) }
        let length = (0..<lengthSize).reversed().reduce(0) { $0 << 8 | Int(bytes[8 + $1]) }
        guard length <= NpyHeader.maximumHeaderLength, length <= bytes.count - headerStart else {
            throw InputError("bad .npy header length \(length)", file: file, offset: 8)
        }
        let text = Array(bytes[headerStart..<(headerStart + length)])
        let literal = try NpyHeaderParser.parse(text, isUTF8: major == 3, file: file, baseOffset: headerStart)
        guard case .dictionary(let fields) = literal, fields.keys.sorted() == ["descr", "fortran_order", "shape"],
            case .string(let descr) = fields["descr"], case .tuple(let dimensions) = fields["shape"]
        else {
            throw InputError("bad .npy header: \(literal)", file: file, offset: headerStart)
        }
        let shape = try dimensions.map { dimension -> Int in
            guard case .integer(let value) = dimension, value >= 0 else {
                throw InputError("bad .npy header: shape \(literal)", file: file, offset: headerStart)
            }
            return value
        }
        return (descr, descr == "|O" || descr == "O", shape, headerStart, headerStart + length)
    }
}
