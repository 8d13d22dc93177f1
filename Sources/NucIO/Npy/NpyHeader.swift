/// The validated header of an `.npy` file: everything needed to find and read its elements.
///
/// Layout (numpy 2.4, `numpy/lib/_format_impl.py`): the magic `\x93NUMPY`, a major and
/// minor version byte, the header length (little-endian `u16` for 1.0, `u32` for 2.0
/// and 3.0), then the header text (Latin-1 for 1.0 and 2.0, UTF-8 for 3.0), then the
/// data. Every size is checked against the file length before it is used.
struct NpyHeader: Sendable {
    /// The six bytes every `.npy` file starts with.
    static let magic: [UInt8] = [0x93] + Array("NUMPY".utf8)
    /// Longest accepted header text: numpy's `_MAX_HEADER_SIZE`.
    static let maximumHeaderLength = 10_000
    /// Most dimensions accepted: numpy's `NPY_MAXDIMS`.
    static let maximumDimensions = 64

    /// Format major version: 1, 2 or 3.
    let majorVersion: Int
    /// The element type.
    let dtype: NpyDType
    /// Whether the data is stored column-major.
    let isFortranOrder: Bool
    /// Dimensions; empty for a scalar.
    let shape: [Int]
    /// Number of elements: the product of `shape`.
    let count: Int
    /// File offset of the first data byte.
    let dataOffset: Int

    /// Reads and validates the header at the start of `bytes`.
    ///
    /// - Parameters:
    ///   - bytes: The whole file.
    ///   - file: The file's path, for errors.
    /// - Throws: `InputError` with `file` and `offset` set for a bad magic, an unknown
    ///   version, a header that runs past the end, an unparsable or incomplete header
    ///   dict, an unsupported dtype, a bad shape, or a data size that does not match.
    init(bytes: UnsafeRawBufferPointer, file: String) throws {
        guard bytes.count >= Self.magic.count, bytes.prefix(Self.magic.count).elementsEqual(Self.magic) else {
            let isPrefix = Self.magic.starts(with: bytes)
            let problem =
                isPrefix ? "too short to be an .npy file (\(bytes.count) bytes)" : "not an .npy file: bad magic"
            throw InputError(problem + "; expected it to start with \\x93NUMPY", file: file, offset: 0)
        }
        guard bytes.count >= 8 else {
            throw InputError("truncated header: no format version", file: file, offset: 6)
        }
        let (major, minor) = (Int(bytes[6]), Int(bytes[7]))
        guard (1...3).contains(major), minor == 0 else {
            throw InputError(
                "unsupported .npy format version \(major).\(minor); expected 1.0, 2.0 or 3.0", file: file, offset: 6)
        }
        let lengthSize = major == 1 ? 2 : 4
        let headerStart = 8 + lengthSize
        guard bytes.count >= headerStart else {
            throw InputError("truncated header: no header length", file: file, offset: 8)
        }
        let headerLength =
            major == 1
            ? Int(UInt16(littleEndian: bytes.loadUnaligned(fromByteOffset: 8, as: UInt16.self)))
            : Int(UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: 8, as: UInt32.self)))
        guard headerLength <= bytes.count - headerStart else {
            throw InputError(
                "header length \(headerLength) runs past the end of the file (\(bytes.count) bytes)", file: file,
                offset: 8)
        }
        guard headerLength <= Self.maximumHeaderLength else {
            throw InputError(
                "header length \(headerLength) exceeds numpy's limit of \(Self.maximumHeaderLength) bytes",
                file: file, offset: 8)
        }
        let text = Array(bytes[headerStart..<(headerStart + headerLength)])
        let literal = try NpyHeaderParser.parse(text, isUTF8: major == 3, file: file, baseOffset: headerStart)
        let fields = try Self.fields(of: literal, file: file, offset: headerStart)
        majorVersion = major
        dtype = fields.dtype
        isFortranOrder = fields.isFortranOrder
        shape = fields.shape
        count = try Self.elementCount(shape, itemSize: fields.dtype.itemSize, file: file, offset: headerStart)
        dataOffset = headerStart + headerLength
        let expected = count * dtype.itemSize
        let available = bytes.count - dataOffset
        guard expected <= available else {
            throw InputError(
                "truncated: expected \(expected) bytes of data, file has \(available)", file: file, offset: dataOffset)
        }
        guard expected == available else {
            throw InputError(
                "expected \(expected) bytes of data, file has \(available) (trailing bytes after the array)",
                file: file, offset: dataOffset + expected)
        }
    }

    // MARK: - Validation

    private static func fields(of literal: NpyHeaderLiteral, file: String, offset: Int) throws -> (
        dtype: NpyDType, isFortranOrder: Bool, shape: [Int]
    ) {
        func failure(_ message: String) -> InputError {
            InputError("bad .npy header: " + message, file: file, offset: offset)
        }
        guard case .dictionary(let entries) = literal else {
            throw failure("header is not a dict: \(literal)")
        }
        let expectedKeys = ["descr", "fortran_order", "shape"]
        guard entries.keys.sorted() == expectedKeys else {
            throw failure("header keys are \(entries.keys.sorted()); expected exactly \(expectedKeys)")
        }
        let dtype: NpyDType
        switch entries["descr"] {
        case .string(let descr):
            do {
                dtype = try NpyDType(descr: descr)
            } catch let error as InputError {
                throw InputError(error.message, file: file, offset: offset)
            }
        case .list:
            throw failure("structured dtypes (a list descr) are not supported")
        case let other:
            throw failure("descr is not a dtype string: \(other.map(\.description) ?? "missing")")
        }
        guard case .boolean(let isFortranOrder) = entries["fortran_order"] else {
            throw failure(
                "fortran_order is not True or False: \(entries["fortran_order"].map(\.description) ?? "missing")")
        }
        guard case .tuple(let items) = entries["shape"] else {
            throw failure("shape is not a tuple: \(entries["shape"].map(\.description) ?? "missing")")
        }
        var shape: [Int] = []
        for item in items {
            guard case .integer(let dimension) = item else {
                throw failure("shape \(NpyHeaderLiteral.tuple(items)) holds a non-integer")
            }
            guard dimension >= 0 else {
                throw failure("shape \(NpyHeaderLiteral.tuple(items)) has a negative dimension")
            }
            shape.append(dimension)
        }
        guard shape.count <= maximumDimensions else {
            throw failure("shape has \(shape.count) dimensions; at most \(maximumDimensions) are allowed")
        }
        return (dtype, isFortranOrder, shape)
    }

    /// The product of `shape`, after checking that no stride or byte offset can overflow.
    ///
    /// The check multiplies the non-zero dimensions and the item size, so even an empty
    /// array such as `(0, 2**62, 2**62)` is rejected when its strides would not fit.
    private static func elementCount(_ shape: [Int], itemSize: Int, file: String, offset: Int) throws -> Int {
        var extent = itemSize
        var count = 1
        for dimension in shape {
            let (product, overflow) = extent.multipliedReportingOverflow(by: max(dimension, 1))
            guard !overflow else {
                throw InputError(
                    "bad .npy header: shape \(shape) with \(itemSize)-byte items overflows 64-bit sizes",
                    file: file, offset: offset)
            }
            extent = product
            count *= dimension
        }
        return count
    }
}
