import Dispatch

/// A fixed partition of `0..<count` into contiguous chunks run on `GEMM.threadCount` threads.
///
/// Each index belongs to exactly one chunk and each chunk runs its indices in ascending order, so a
/// loop whose iterations write disjoint outputs gives the same bits at any thread count.
enum ParallelLoop {
    /// Runs `body` on contiguous sub-ranges covering `0..<count`, concurrently when it pays.
    ///
    /// - Parameters:
    ///   - count: The number of iterations.
    ///   - minimumChunk: Fewer iterations than this per thread are not worth a thread.
    ///   - body: Processes one sub-range; called once per chunk, possibly concurrently.
    static func forEachChunk(of count: Int, minimumChunk: Int = 1, _ body: (Range<Int>) -> Void) {
        let threads = min(max(1, GEMM.threadCount), max(1, count / max(1, minimumChunk)))
        guard threads > 1 else {
            if count > 0 { body(0..<count) }
            return
        }
        withoutActuallyEscaping(body) { body in
            // The chunks touch disjoint outputs; the caller's pointers are valid for the whole call.
            let work = UncheckedSendable(value: body)
            DispatchQueue.concurrentPerform(iterations: threads) { chunk in
                work.value((count * chunk / threads)..<(count * (chunk + 1) / threads))
            }
        }
    }
}

/// Carries a chunk body into `DispatchQueue.concurrentPerform`, which requires `Sendable` captures.
private struct UncheckedSendable<Value>: @unchecked Sendable {
    /// The wrapped body.
    let value: Value
}
