/// Reads `miMATRIX` elements into `MatValue`s, checking every size against the bytes
/// that hold it.
///
/// An `miMATRIX` element holds sub-elements: array flags (`miUINT32`, class and the
/// complex/logical bits), dimensions (`miINT32`), the name (`miINT8`), then what the
/// class needs: real (and imaginary) data for numeric arrays, characters for char
/// arrays, one `miMATRIX` per element for cells, and field names then one `miMATRIX`
/// per element and field for structs. MATLAB "MAT-File Format" R2024a, pp. 1-15 – 1-25;
/// scipy 1.17.1 `scipy/io/matlab/_mio5_utils.pyx` for the tolerated variants.
struct MatMatrixParser {
    /// The bytes holding the element.
    let buffer: MatBuffer
    /// Deepest nesting of cells and structs allowed.
    let maximumDepth: Int

    /// The sub-elements every array starts with.
    struct Header {
        /// Buffer position of the `miMATRIX` tag.
        let position: Int
        /// The class.
        let matClass: MatClass
        /// Whether an imaginary part follows the real part.
        let isComplex: Bool
        /// Whether the array is MATLAB `logical`.
        let isLogical: Bool
        /// The dimensions, at least two.
        let shape: [Int]
        /// The product of `shape`.
        let count: Int
        /// The array's name; empty inside cells and structs.
        let name: String
        /// Buffer position of the first sub-element after the name.
        let contentOffset: Int
        /// Buffer position just after the element's data.
        let end: Int

        /// "mxDOUBLE array of shape [2, 3]", for messages.
        var description: String { "\(matClass.name) array of shape \(shape)" }
    }

    // MARK: - Values

    /// Reads the array an `miMATRIX` element holds.
    ///
    /// An element with no data is an empty (0×0) double array, as MATLAB writes empty cells.
    ///
    /// - Parameters:
    ///   - tag: The element's tag.
    ///   - depth: How deep in cells and structs the element is; 0 for a variable.
    /// - Returns: The value.
    /// - Throws: `InputError` for malformed or truncated data, an unsupported class
    ///   (sparse, object, function handle, opaque) or a complex array.
    func value(of tag: MatTag, depth: Int) throws -> MatValue {
        guard tag.count > 0 else {
            return .numeric(MatArray(shape: [0, 0], numbers: .double([])))
        }
        let header = try header(of: tag)
        switch header.matClass {
        case .double, .single, .int8, .uint8, .int16, .uint16, .int32, .uint32, .int64, .uint64:
            return try numeric(header)
        case .char:
            return try characters(header)
        case .cell:
            return try cell(header, depth: depth)
        case .structure:
            return try structure(header, depth: depth)
        case .sparse:
            throw buffer.error("sparse arrays are not supported (\(header.description))", at: header.position)
        case .object:
            throw buffer.error("MATLAB class objects (mxOBJECT) are not supported", at: header.position)
        case .function:
            throw buffer.error("function handles (mxFUNCTION) are not supported", at: header.position)
        case .opaque:
            throw buffer.error(
                "opaque MATLAB objects (mxOPAQUE: string, table, datetime …) are not supported", at: header.position)
        }
    }

    /// Reads the element that must follow at `position` inside a cell or struct.
    ///
    /// - Parameters:
    ///   - position: Where its tag starts.
    ///   - end: Where the enclosing element ends.
    ///   - depth: The element's depth.
    /// - Returns: The value and where the next element starts.
    /// - Throws: `InputError` if the element is not an `miMATRIX`, nests too deep, or is malformed.
    func nestedValue(at position: Int, end: Int, depth: Int) throws -> (value: MatValue, next: Int) {
        let tag = try buffer.tag(at: position, end: end)
        guard tag.type == .matrix else {
            throw buffer.error(
                "expected an miMATRIX element inside a cell or struct, found \(tag.description)",
                at: position)
        }
        guard depth <= maximumDepth else {
            throw buffer.error("cells and structs nest deeper than \(maximumDepth) levels", at: position)
        }
        return (try value(of: tag, depth: depth), tag.next)
    }

    // MARK: - Header

    /// Reads the flags, dimensions and name of an `miMATRIX` element.
    ///
    /// - Parameter tag: The element's tag.
    /// - Returns: The header.
    /// - Throws: `InputError` for a missing or malformed sub-element, an unknown class, a
    ///   negative dimension or an element count that overflows.
    func header(of tag: MatTag) throws -> Header {
        let end = tag.end
        let flags = try buffer.tag(at: tag.dataOffset, end: end)
        guard flags.type == .uint32, flags.count == 8 else {
            throw buffer.error(
                "array flags must be an 8-byte miUINT32 element, found \(flags.description)",
                at: flags.position)
        }
        let word = buffer.load(UInt32.self, at: flags.dataOffset)
        guard let matClass = MatClass(rawValue: UInt8(word & 0xFF)) else {
            throw buffer.error("unknown array class \(word & 0xFF)", at: flags.dataOffset)
        }
        var position = flags.next
        var shape = [1, 1]
        if matClass != .opaque {
            let dimensions = try buffer.tag(at: position, end: end)
            shape = try self.shape(dimensions)
            position = dimensions.next
        }
        let nameTag = try buffer.tag(at: position, end: end)
        let name = try self.name(nameTag)
        guard let count = Self.product(shape) else {
            throw buffer.error("dimensions \(shape) overflow: more than \(Int.max) elements", at: tag.position)
        }
        return Header(
            position: tag.position, matClass: matClass, isComplex: word & 0x800 != 0, isLogical: word & 0x200 != 0,
            shape: shape, count: count, name: name, contentOffset: nameTag.next, end: end)
    }

    /// The product of `dimensions`, or nil if it overflows `Int`.
    ///
    /// - Parameter dimensions: Non-negative sizes.
    /// - Returns: The product.
    static func product(_ dimensions: some Sequence<Int>) -> Int? {
        var product = 1
        for dimension in dimensions {
            let (next, overflow) = product.multipliedReportingOverflow(by: dimension)
            guard !overflow else { return nil }
            product = next
        }
        return product
    }

    /// Reads a dimensions sub-element: `miINT32`, or `miUINT32` as scipy tolerates.
    private func shape(_ tag: MatTag) throws -> [Int] {
        guard tag.type == .int32 || tag.type == .uint32, tag.count % 4 == 0, tag.count >= 8 else {
            throw buffer.error(
                "dimensions must be an miINT32 element of at least 2 values, found \(tag.description)",
                at: tag.position)
        }
        return try (0..<tag.count / 4).map { index in
            let position = tag.dataOffset + 4 * index
            let dimension = buffer.load(Int32.self, at: position)
            guard dimension >= 0 else {
                throw buffer.error("negative dimension \(dimension) in \(tag.description)", at: position)
            }
            return Int(dimension)
        }
    }

    /// Reads an array name: `miINT8` text (Latin-1, as scipy decodes it) or ASCII `miUTF8`.
    private func name(_ tag: MatTag) throws -> String {
        let bytes = buffer.bytes[tag.dataOffset..<tag.end]
        switch tag.type {
        case .int8, .uint8:
            return String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) }))
        case .utf8:
            guard bytes.allSatisfy({ $0 < 0x80 }) else {
                throw buffer.error("array name is not ASCII", at: tag.dataOffset)
            }
            return String(decoding: bytes, as: UTF8.self)
        default:
            throw buffer.error("array name must be an miINT8 element, found \(tag.description)", at: tag.position)
        }
    }
}
