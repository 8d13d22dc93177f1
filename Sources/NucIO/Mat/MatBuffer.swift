/// Bytes holding Level-5 data elements, their byte order, and how to name a position in
/// an error.
///
/// The bytes are either the memory-mapped file itself, where positions are file offsets,
/// or the decompressed contents of one `miCOMPRESSED` element, where errors give that
/// element's file offset and say "inside compressed element".
struct MatBuffer {
    /// The bytes.
    let bytes: UnsafeRawBufferPointer
    /// Whether numbers are stored big-endian (the header's endian indicator reads "MI").
    let isBigEndian: Bool
    /// The file, named in errors.
    let file: String
    /// File offset of the compressed element the bytes were inflated from; nil when the
    /// bytes are the file.
    let compressedElementOffset: Int?

    /// An error about the byte at `position`.
    ///
    /// - Parameters:
    ///   - message: What is wrong.
    ///   - position: A position in `bytes`.
    /// - Returns: The error, with the file offset of `position` or of the compressed element.
    func error(_ message: String, at position: Int) -> InputError {
        guard let compressedElementOffset else {
            return InputError(message, file: file, offset: position)
        }
        return InputError(
            "\(message) (inside compressed element, at decompressed byte \(position))", file: file,
            offset: compressedElementOffset)
    }

    /// Reads an integer in the file's byte order; the caller has checked the bounds.
    ///
    /// - Parameters:
    ///   - type: The integer type.
    ///   - position: Where it starts; need not be aligned.
    /// - Returns: The value.
    func load<Value: FixedWidthInteger>(_ type: Value.Type, at position: Int) -> Value {
        let raw = bytes.loadUnaligned(fromByteOffset: position, as: Value.self)
        return isBigEndian ? Value(bigEndian: raw) : Value(littleEndian: raw)
    }

    /// Reads the tag of a data element that must lie within `position..<end`.
    ///
    /// - Parameters:
    ///   - position: Where the tag starts.
    ///   - end: Where the enclosing element (or the buffer) ends.
    /// - Returns: The tag; its data lies within `end`, and `next` is clamped to `end`.
    /// - Throws: `InputError` if the tag or its data would pass `end`, or a small data
    ///   element declares more than 4 bytes.
    func tag(at position: Int, end: Int) throws -> MatTag {
        let remaining = end - position
        guard remaining >= 8 else {
            throw error("truncated: a data element tag needs 8 bytes, \(max(remaining, 0)) remain", at: position)
        }
        let first = load(UInt32.self, at: position)
        if first >> 16 != 0 {
            let count = Int(first >> 16)
            guard count <= 4 else {
                throw error("small data element declares \(count) bytes; at most 4 fit", at: position)
            }
            return MatTag(
                position: position, code: first & 0xFFFF, dataOffset: position + 4, count: count,
                next: position + 8)
        }
        let count = Int(load(UInt32.self, at: position + 4))
        guard count <= remaining - 8 else {
            throw error(
                "truncated or corrupt: \(MatDataType.describe(first)) element declares \(count) bytes, "
                    + "only \(remaining - 8) remain", at: position)
        }
        let padded = (count + 7) & ~7
        return MatTag(
            position: position, code: first, dataOffset: position + 8, count: count,
            next: min(position + 8 + padded, end))
    }
}
