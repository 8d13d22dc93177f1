/// Writes uncompressed MATLAB Level-5 MAT-files of numeric matrices, as
/// `scipy.io.savemat(…, do_compression=False)` writes them: a 128-byte header, then one
/// `miMATRIX` element per variable with its values in column-major order.
public enum MatWriter {
    /// The values of one matrix, row-major.
    public enum Values: Sendable {
        /// An `int32` matrix (`mxINT32_CLASS`, stored as `miINT32`).
        case int32([Int32])
        /// A `double` matrix (`mxDOUBLE_CLASS`, stored as `miDOUBLE`).
        case double([Double])

        /// The number of elements.
        var count: Int {
            switch self {
            case .int32(let values): values.count
            case .double(let values): values.count
            }
        }
    }

    /// One named two-dimensional matrix.
    public struct Variable: Sendable {
        /// The MATLAB name, such as `inst_map`.
        public let name: String
        /// Rows.
        public let rows: Int
        /// Columns.
        public let columns: Int
        /// The `rows × columns` values, row-major.
        public let values: Values

        /// Creates a variable.
        ///
        /// - Parameters:
        ///   - name: The MATLAB name.
        ///   - rows: Rows.
        ///   - columns: Columns.
        ///   - values: The values, row-major.
        public init(name: String, rows: Int, columns: Int, values: Values) {
            self.name = name
            self.rows = rows
            self.columns = columns
            self.values = values
        }
    }

    /// Writes `variables` to `path`, replacing any file there.
    ///
    /// - Parameters:
    ///   - variables: The matrices, in file order.
    ///   - path: The file to create.
    /// - Throws: `InputError` naming the file when a variable's shape does not hold its
    ///   values, a dimension exceeds `Int32`, or the file cannot be written.
    public static func write(_ variables: [Variable], to path: String) throws {
        var bytes = header()
        for variable in variables {
            guard variable.rows >= 0, variable.columns >= 0, variable.rows <= Int(Int32.max),
                variable.columns <= Int(Int32.max), variable.rows * variable.columns == variable.values.count
            else {
                throw InputError(
                    "variable \(variable.name): shape \(variable.rows)×\(variable.columns) does not hold "
                        + "\(variable.values.count) values", file: path)
            }
            bytes += matrix(variable)
        }
        try ByteFileWriter.write(bytes, to: path)
    }

    // MARK: - Elements

    /// The descriptive text padded to 116 bytes, 8 bytes of subsystem offset, version 0x0100, `IM`.
    private static func header() -> [UInt8] {
        let text = Array("MATLAB 5.0 MAT-file Platform: posix, Created by: nucbench".utf8)
        var bytes = text + [UInt8](repeating: 0x20, count: 116 - text.count)
        bytes += [UInt8](repeating: 0, count: 8)
        bytes += word(UInt16(0x0100)) + Array("IM".utf8)
        return bytes
    }

    private static func matrix(_ variable: Variable) -> [UInt8] {
        let (classCode, payload): (UInt32, [UInt8])
        switch variable.values {
        case .int32(let values):
            classCode = 12
            payload = element(5, columnMajor(values, variable).flatMap { word($0) })
        case .double(let values):
            classCode = 6
            payload = element(9, columnMajor(values, variable).flatMap { word($0.bitPattern) })
        }
        var body = element(6, word(classCode) + word(UInt32(0)))
        body += element(5, word(Int32(variable.rows)) + word(Int32(variable.columns)))
        body += element(1, Array(variable.name.utf8))
        body += payload
        return word(UInt32(14)) + word(UInt32(body.count)) + body
    }

    private static func columnMajor<Element>(_ values: [Element], _ variable: Variable) -> [Element] {
        var result: [Element] = []
        result.reserveCapacity(values.count)
        for column in 0..<variable.columns {
            for row in 0..<variable.rows { result.append(values[row * variable.columns + column]) }
        }
        return result
    }

    /// A tagged element: small (tag and up to 4 bytes in 8) when the payload fits, else padded to 8.
    private static func element(_ type: UInt32, _ payload: [UInt8]) -> [UInt8] {
        if !payload.isEmpty, payload.count <= 4 {
            return word(UInt32(payload.count) << 16 | type) + payload + [UInt8](repeating: 0, count: 4 - payload.count)
        }
        let padding = (8 - payload.count % 8) % 8
        return word(type) + word(UInt32(payload.count)) + payload + [UInt8](repeating: 0, count: padding)
    }

    private static func word<Value: FixedWidthInteger>(_ value: Value) -> [UInt8] {
        withUnsafeBytes(of: value.littleEndian) { Array($0) }
    }
}
