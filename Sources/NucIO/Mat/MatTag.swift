/// The tag of one Level-5 data element and where its data lies in the buffer.
///
/// A full tag is 8 bytes (type, byte count) followed by the data padded to 8 bytes; a
/// "small data element" packs the byte count (at most 4) into the upper half of the first
/// 4-byte word and the data into the second.
struct MatTag {
    /// Buffer position of the tag.
    let position: Int
    /// The raw type code.
    let code: UInt32
    /// Buffer position of the first data byte.
    let dataOffset: Int
    /// Number of data bytes, without padding.
    let count: Int
    /// Buffer position just after the data and its padding.
    let next: Int

    /// The data type, or nil for an unknown code.
    var type: MatDataType? { MatDataType(rawValue: code) }

    /// Buffer position just after the data, without padding.
    var end: Int { dataOffset + count }

    /// A description of the element for messages, such as "miUINT8 element of 6 bytes".
    var description: String { "\(MatDataType.describe(code)) element of \(count) bytes" }
}
