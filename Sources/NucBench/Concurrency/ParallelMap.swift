import Dispatch

/// Maps `0..<count` over worker threads, results in index order.
///
/// Each index writes only its own slot, so the output — and anything aggregated from it in
/// index order — is identical at any thread count.
///
/// - Parameters:
///   - count: Number of items.
///   - threads: Worker threads (1 runs inline).
///   - body: Computes item `index`; must be safe to call concurrently.
/// - Returns: `body(0) … body(count − 1)`.
/// - Throws: The error of the lowest index that failed.
public func parallelMap<Value: Sendable>(
    count: Int, threads: Int, _ body: @Sendable (Int) throws -> Value
) throws -> [Value] {
    if threads <= 1 || count <= 1 {
        return try (0..<count).map(body)
    }
    let slots = UnsafeMutableBufferPointer<Result<Value, any Error>?>.allocate(capacity: count)
    slots.initialize(repeating: nil)
    defer {
        slots.deinitialize()
        slots.deallocate()
    }
    nonisolated(unsafe) let output = slots
    let workers = min(threads, count)
    DispatchQueue.concurrentPerform(iterations: workers) { worker in
        var index = worker
        while index < count {
            output[index] = Result { try body(index) }
            index += workers
        }
    }
    return try slots.map { slot in
        guard let slot else { preconditionFailure("parallelMap left a slot unfilled") }
        return try slot.get()
    }
}
