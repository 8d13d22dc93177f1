/// The parts of a `Content-Range: bytes start-end/total` header (RFC 9110 §14.4).
struct ContentRange: Equatable {
    /// The first byte, or nil for `bytes */total` or a malformed header.
    let start: Int64?
    /// The full length, or nil when unknown (`*`) or malformed.
    let total: Int64?

    /// Parses a header value.
    ///
    /// - Parameter header: The value, or nil when absent.
    init(_ header: String?) {
        guard let header, header.lowercased().hasPrefix("bytes ") else {
            (start, total) = (nil, nil)
            return
        }
        let parts = header.dropFirst(6).split(separator: "/", maxSplits: 1)
        start = parts.first.flatMap { $0.split(separator: "-").first }.flatMap { Int64($0) }
        total = parts.count == 2 ? Int64(parts[1]) : nil
    }
}
