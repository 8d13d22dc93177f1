import Synchronization
import Testing

@testable import NucEngine

@Suite struct ParallelLoopTests {}

extension ParallelLoopTests {
    @Test func chunksCoverTheRangeOnceInOrder() {
        for count in [0, 1, 7, 1000] {
            let seen = Mutex<[Range<Int>]>([])
            ParallelLoop.forEachChunk(of: count) { range in seen.withLock { $0.append(range) } }
            let chunks = seen.withLock { $0 }.sorted { $0.lowerBound < $1.lowerBound }
            #expect(chunks.flatMap { Array($0) } == Array(0..<count), "count \(count)")
        }
    }
}
