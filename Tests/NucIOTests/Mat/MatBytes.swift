@testable import NucIO

/// Builds Level-5 MAT-file bytes element by element, for malformed-input tests.
///
/// Mirrors `Mat5Writer` in Tools/fixtures/make_mat_fixtures.py: tags in the chosen byte
/// order, data padded to 8 bytes, payloads of at most 4 bytes as small data elements.
struct MatBytes {
    /// Whether to write big-endian ("MI").
    var isBigEndian = false

    /// The 128-byte header.
    func header(version: UInt16 = 0x0100, text: String = "MATLAB 5.0 MAT-file, nucbench tests") -> [UInt8] {
        var bytes = Array(text.utf8).prefix(116) + [UInt8](repeating: 0x20, count: max(0, 116 - text.utf8.count))
        bytes += [UInt8](repeating: 0, count: 8)
        bytes += word(version)
        bytes += isBigEndian ? Array("MI".utf8) : Array("IM".utf8)
        return Array(bytes)
    }

    /// A whole file: the header, then `variables`.
    func file(_ variables: [[UInt8]]) -> [UInt8] {
        header() + variables.joined()
    }

    /// An integer in the file's byte order.
    func word<Value: FixedWidthInteger>(_ value: Value) -> [UInt8] {
        withUnsafeBytes(of: isBigEndian ? value.bigEndian : value.littleEndian) { Array($0) }
    }

    /// A data element; small if `payload` has at most 4 bytes and `small` allows it.
    func element(_ type: UInt32, _ payload: [UInt8], small: Bool = true) -> [UInt8] {
        if small, payload.count <= 4, !payload.isEmpty {
            return word(UInt32(payload.count) << 16 | type) + payload + [UInt8](repeating: 0, count: 4 - payload.count)
        }
        let padding = (8 - payload.count % 8) % 8
        return word(type) + word(UInt32(payload.count)) + payload + [UInt8](repeating: 0, count: padding)
    }

    /// An `miMATRIX` element from its parts after the name.
    func matrix(
        _ name: String, classCode: UInt8, dimensions: [Int32], flags: UInt32 = 0, parts: [[UInt8]] = []
    ) -> [UInt8] {
        var body = element(6, word(UInt32(classCode) | flags) + word(UInt32(0)))
        body += element(5, dimensions.flatMap { word($0) })
        body += element(1, Array(name.utf8))
        body += parts.joined()
        return word(UInt32(14)) + word(UInt32(body.count)) + body
    }

    /// A double matrix stored as `miDOUBLE`, values in column-major order.
    func doubles(_ name: String, dimensions: [Int32], _ values: [Double]) -> [UInt8] {
        matrix(name, classCode: 6, dimensions: dimensions, parts: [element(9, values.flatMap { word($0.bitPattern) })])
    }

    /// A cell array of `cells` in column-major order.
    func cell(_ name: String, dimensions: [Int32], _ cells: [[UInt8]]) -> [UInt8] {
        matrix(name, classCode: 1, dimensions: dimensions, parts: cells)
    }

    /// An `miCOMPRESSED` element holding `matrix`.
    func compressed(_ matrix: [UInt8]) throws -> [UInt8] {
        let data = try Deflate.compress(matrix, format: .zlib)
        return word(UInt32(15)) + word(UInt32(data.count)) + data
    }
}
