import CImageBridge

/// A buffer the C image bridge writes its error messages into.
///
/// Pass `&message.buffer` with `BridgeMessage.capacity` to a bridge function.
struct BridgeMessage {
    /// The buffer's size in bytes.
    static let capacity = Int(NB_MESSAGE_CAPACITY)

    /// NUL-terminated bytes; `capacity` of them.
    var buffer = [CChar](repeating: 0, count: capacity)

    /// The message, decoded as UTF-8 with invalid bytes replaced, or a fallback when the
    /// bridge left it empty.
    var text: String {
        let bytes = buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
        return bytes.isEmpty ? "unknown error" : String(decoding: bytes, as: UTF8.self)
    }
}
