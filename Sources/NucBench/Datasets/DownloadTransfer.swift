import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// One HTTP transfer into a `.part` file, appending from `offset` when the server honours
/// the `Range` request: `URLSession` on FoundationNetworking (libcurl on Linux), streamed
/// through a delegate so archives of gigabytes never sit in memory.
final class DownloadTransfer: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    /// The file bytes are appended to.
    let partialPath: String
    /// Bytes already in the file when the transfer started.
    let offset: Int64

    private let lock = NSLock()
    private let finished = DispatchSemaphore(value: 0)
    private var handle: FileHandle?
    private var failure: InputError?
    private var expectedTotal: Int64?
    private var written: Int64 = 0
    private var kept: Int64 = 0

    /// Bytes of the existing partial file that were kept (0 when the server restarted).
    var keptBytes: Int64 { lock.withLock { kept } }

    /// Prepares a transfer.
    ///
    /// - Parameters:
    ///   - partialPath: The `.part` file.
    ///   - offset: Its current length.
    init(partialPath: String, offset: Int64) {
        self.partialPath = partialPath
        self.offset = offset
    }

    /// Runs the transfer to the end.
    ///
    /// - Parameters:
    ///   - url: The source.
    ///   - timeout: Seconds without data before giving up.
    /// - Throws: `InputError` for a transport error, an HTTP error status or a short body.
    func run(url: URL, timeout: TimeInterval) throws {
        var request = URLRequest(url: url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: timeout)
        request.setValue("identity", forHTTPHeaderField: "Accept-Encoding")
        if offset > 0 { request.setValue("bytes=\(offset)-", forHTTPHeaderField: "Range") }
        let configuration = URLSessionConfiguration.ephemeral
        configuration.urlCache = nil
        configuration.timeoutIntervalForRequest = timeout
        let session = URLSession(configuration: configuration, delegate: self, delegateQueue: nil)
        session.dataTask(with: request).resume()
        finished.wait()
        session.finishTasksAndInvalidate()
        try lock.withLock {
            try? handle?.close()
            handle = nil
            if let failure { throw failure }
            if let expectedTotal, kept + written != expectedTotal {
                throw interrupted("the server sent \(kept + written) of \(expectedTotal) bytes")
            }
        }
    }

    // MARK: - URLSessionDataDelegate

    func urlSession(
        _ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
        completionHandler: @escaping @Sendable (URLSession.ResponseDisposition) -> Void
    ) {
        let outcome = lock.withLock { () -> URLSession.ResponseDisposition in
            do {
                try start(with: response)
                return .allow
            } catch let error as InputError {
                failure = error
                return .cancel
            } catch {
                failure = InputError("cannot write \(partialPath): \(error.localizedDescription)")
                return .cancel
            }
        }
        completionHandler(outcome)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        lock.withLock {
            guard failure == nil, let handle else { return }
            do {
                try handle.write(contentsOf: data)
                written += Int64(data.count)
            } catch {
                failure = InputError("cannot write \(partialPath): \(error.localizedDescription)")
                dataTask.cancel()
            }
        }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        lock.withLock {
            if let error, failure == nil {
                failure = interrupted(error.localizedDescription)
            }
        }
        finished.signal()
    }

    // MARK: - Response handling

    /// Opens the partial file for the response: append after a matching 206, truncate after
    /// a 200, nothing to do after a 416 that says the file is already whole.
    private func start(with response: URLResponse) throws {
        guard let http = response as? HTTPURLResponse else {
            throw InputError("not an HTTP response from \(response.url?.absoluteString ?? "the server")")
        }
        let contentLength = http.expectedContentLength >= 0 ? http.expectedContentLength : nil
        switch http.statusCode {
        case 206:
            let range = ContentRange(http.value(forHTTPHeaderField: "Content-Range"))
            guard range.start == offset else {
                throw InputError(
                    "the server resumed at byte \(range.start.map(String.init) ?? "?") instead of \(offset) "
                        + "(Content-Range: \(http.value(forHTTPHeaderField: "Content-Range") ?? "none"))")
            }
            kept = offset
            expectedTotal = range.total ?? contentLength.map { $0 + offset }
            handle = try openPartial(truncate: false)
        case 200:
            kept = 0
            expectedTotal = contentLength
            handle = try openPartial(truncate: true)
        case 416 where offset > 0 && ContentRange(http.value(forHTTPHeaderField: "Content-Range")).total == offset:
            kept = offset
            expectedTotal = offset
        default:
            throw InputError(
                "HTTP \(http.statusCode) from \(http.url?.absoluteString ?? "the server")"
                    + (offset > 0 ? " when resuming at byte \(offset)" : ""))
        }
    }

    private func openPartial(truncate: Bool) throws -> FileHandle {
        let manager = FileManager.default
        if truncate || !manager.fileExists(atPath: partialPath) {
            guard manager.createFile(atPath: partialPath, contents: nil) else {
                throw InputError("cannot create the partial file", file: partialPath)
            }
        }
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: partialPath))
        try handle.seekToEnd()
        return handle
    }

    private func interrupted(_ reason: String) -> InputError {
        InputError(
            "download interrupted after \(kept + written) bytes (\(reason)); the partial file is kept, "
                + "run the same fetch again to resume", file: partialPath)
    }
}
