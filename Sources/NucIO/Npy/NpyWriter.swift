#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes arrays as version 1.0, C-order, little-endian `.npy` files, byte for byte as
/// `numpy.save` 2.4 writes them.
///
/// The header is numpy's `_write_array_header`: the dict with sorted keys, spare spaces
/// for growing the first axis (`GROWTH_AXIS_MAX_DIGITS` = 21), then spaces and a newline
/// so that the data starts at a multiple of 64 bytes (`ARRAY_ALIGN`).
public enum NpyWriter {
    /// Writes `values` with `shape` to `path`, replacing any file there.
    ///
    /// - Parameters:
    ///   - values: The elements in row-major order.
    ///   - shape: The dimensions; `[]` writes a 0-d array of one value.
    ///   - path: The file to create.
    /// - Throws: `InputError` naming the file if a dimension is negative, there are more
    ///   than 64 dimensions, the shape does not hold `values.count` elements, or the file
    ///   cannot be written.
    public static func write<Element: NpyWritable>(_ values: [Element], shape: [Int], to path: String) throws {
        guard shape.count <= NpyHeader.maximumDimensions else {
            throw InputError("cannot write \(shape.count) dimensions; numpy allows at most 64", file: path)
        }
        var count = 1
        for dimension in shape {
            let (product, overflow) = count.multipliedReportingOverflow(by: dimension)
            guard dimension >= 0, !overflow else {
                throw InputError(
                    "cannot write shape \(shape): dimensions must be non-negative and fit 64 bits", file: path)
            }
            count = product
        }
        guard count == values.count else {
            throw InputError("shape \(shape) holds \(count) elements but \(values.count) were given", file: path)
        }
        let header = header(descr: Element.npyDescriptor, shape: shape)
        let data = values.map(\.littleEndianStorage)
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw InputError("cannot create: \(String(cString: strerror(errno)))", file: path)
        }
        do {
            try header.withUnsafeBytes { try writeAll($0, to: descriptor, path: path) }
            try data.withUnsafeBytes { try writeAll($0, to: descriptor, path: path) }
        } catch {
            close(descriptor)
            throw error
        }
        guard close(descriptor) == 0 else {
            throw InputError("cannot write: \(String(cString: strerror(errno)))", file: path)
        }
    }

    /// The magic, version, length and padded header dict numpy writes for a C-order array.
    ///
    /// - Parameters:
    ///   - descr: The dtype descriptor, such as `<f8`.
    ///   - shape: The dimensions.
    /// - Returns: The bytes before the data; their count is a multiple of 64. numpy pads a
    ///   header that is already aligned with 64 more spaces, and so does this.
    static func header(descr: String, shape: [Int]) -> [UInt8] {
        let shapeText: String
        switch shape.count {
        case 0: shapeText = "()"
        case 1: shapeText = "(\(shape[0]),)"
        default: shapeText = "(" + shape.map(String.init).joined(separator: ", ") + ")"
        }
        var dict = "{'descr': '\(descr)', 'fortran_order': False, 'shape': \(shapeText), }"
        if let first = shape.first {
            dict += String(repeating: " ", count: max(0, 21 - String(first).count))
        }
        let prefixLength = NpyHeader.magic.count + 2 + 2
        let unpadded = prefixLength + dict.utf8.count + 1
        let padding = 64 - unpadded % 64
        let length = dict.utf8.count + padding + 1
        var bytes = NpyHeader.magic + [1, 0, UInt8(length & 0xFF), UInt8(length >> 8)]
        bytes += Array(dict.utf8) + Array(repeating: UInt8(ascii: " "), count: padding) + [UInt8(ascii: "\n")]
        return bytes
    }

    private static func writeAll(_ buffer: UnsafeRawBufferPointer, to descriptor: Int32, path: String) throws {
        guard let base = buffer.baseAddress else { return }
        var written = 0
        while written < buffer.count {
            let result = writeBytes(descriptor, base + written, buffer.count - written)
            if result < 0 && errno == EINTR { continue }
            guard result > 0 else {
                throw InputError("cannot write: \(String(cString: strerror(errno)))", file: path)
            }
            written += result
        }
    }
}

/// The system's `write(2)`, which `NpyWriter.write` would shadow inside the type.
private func writeBytes(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}
