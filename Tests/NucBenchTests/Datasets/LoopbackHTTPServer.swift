import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A one-file HTTP/1.1 server on 127.0.0.1 and an ephemeral port, for fetch tests.
///
/// It serves `body` at every path, honours `Range: bytes=N-` with 206 and
/// `Content-Range` (416 past the end), and can cut the first `interruptions` responses
/// short after `cutAfter` body bytes, closing the connection as a dropped transfer would.
final class LoopbackHTTPServer: @unchecked Sendable {
    /// What the server sends.
    let body: [UInt8]
    /// The port it listens on.
    private(set) var port: UInt16 = 0
    /// Whether it ignores `Range` and always answers 200.
    let ignoresRange: Bool

    private let lock = NSLock()
    private var remainingInterruptions: Int
    private let cutAfter: Int
    private var receivedRanges: [String?] = []
    private let listener: Int32
    private let stopped = DispatchSemaphore(value: 0)

    /// The `Range` header of each request so far (nil when absent).
    var ranges: [String?] { lock.withLock { receivedRanges } }

    /// The URL of the served file.
    var url: URL { URL(string: "http://127.0.0.1:\(port)/archive.zip") ?? URL(fileURLWithPath: "/") }

    init(body: [UInt8], interruptions: Int = 0, cutAfter: Int = 0, ignoresRange: Bool = false) throws {
        self.body = body
        self.remainingInterruptions = interruptions
        self.cutAfter = cutAfter
        self.ignoresRange = ignoresRange
        listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard listener >= 0 else { throw POSIXError(.EIO) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(listener, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard bound == 0, listen(listener, 8) == 0 else { throw POSIXError(.EADDRINUSE) }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(listener, $0, &length) }
        }
        port = UInt16(bigEndian: address.sin_port)
        let thread = Thread { [self] in serve() }
        thread.start()
    }

    /// Stops accepting and waits for the accept loop to end.
    func stop() {
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
        stopped.wait()
    }

    private func serve() {
        while true {
            let connection = accept(listener, nil, nil)
            guard connection >= 0 else { break }
            respond(on: connection)
            close(connection)
        }
        stopped.signal()
    }

    private func respond(on connection: Int32) {
        var request: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while !request.ends(with: Array("\r\n\r\n".utf8)) {
            let count = recv(connection, &buffer, buffer.count, 0)
            guard count > 0 else { return }
            request += buffer[0..<count]
        }
        let lines = String(decoding: request, as: UTF8.self).components(separatedBy: "\r\n")
        let range = lines.first { $0.lowercased().hasPrefix("range:") }.map {
            $0.dropFirst(6).trimmingCharacters(in: .whitespaces)
        }
        let interrupt = lock.withLock { () -> Bool in
            receivedRanges.append(range)
            guard remainingInterruptions > 0 else { return false }
            remainingInterruptions -= 1
            return true
        }
        var start = 0
        if !ignoresRange, let range, range.hasPrefix("bytes="), let first = Int(range.dropFirst(6).dropLast()) {
            start = first
        }
        let head: String
        if start >= body.count && start > 0 {
            head = "HTTP/1.1 416 Range Not Satisfiable\r\nContent-Range: bytes */\(body.count)\r\nContent-Length: 0\r\n"
            send(connection, Array((head + "Connection: close\r\n\r\n").utf8))
            return
        } else if start > 0 {
            head =
                "HTTP/1.1 206 Partial Content\r\nContent-Range: bytes \(start)-\(body.count - 1)/\(body.count)\r\n"
                + "Content-Length: \(body.count - start)\r\n"
        } else {
            head = "HTTP/1.1 200 OK\r\nContent-Length: \(body.count)\r\nAccept-Ranges: bytes\r\n"
        }
        send(connection, Array((head + "Content-Type: application/zip\r\nConnection: close\r\n\r\n").utf8))
        let end = interrupt ? min(body.count, start + cutAfter) : body.count
        send(connection, Array(body[start..<end]))
    }

    private func send(_ connection: Int32, _ bytes: [UInt8]) {
        var sent = 0
        while sent < bytes.count {
            let count = bytes[sent...].withUnsafeBytes {
                Glibc.send(connection, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL))
            }
            guard count > 0 else { return }
            sent += count
        }
    }
}

extension Array where Element == UInt8 {
    fileprivate func ends(with suffix: [UInt8]) -> Bool {
        count >= suffix.count && Array(self[(count - suffix.count)...]) == suffix
    }
}
