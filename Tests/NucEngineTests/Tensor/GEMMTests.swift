import Testing

@testable import NucEngine

@Suite struct GEMMTests {}

extension GEMMTests {
    @Test func productMatchesSchoolbookSumsForEveryTransposition() {
        let a: [Float] = [1, 2, 3, 4, 5, 6]  // 2×3
        let b: [Float] = [7, 8, 9, 10, 11, 12]  // 3×2
        let expected: [Float] = [58, 64, 139, 154]
        for (transposeA, transposeB) in [(false, false), (true, false), (false, true), (true, true)] {
            let storedA = transposeA ? [1, 4, 2, 5, 3, 6] : a
            let storedB = transposeB ? [7, 9, 11, 8, 10, 12] : b
            var c = [Float](repeating: -1, count: 4)
            c.withUnsafeMutableBufferPointer { output in
                GEMM.multiply(
                    transposeA: transposeA, transposeB: transposeB, m: 2, n: 2, k: 3, a: storedA,
                    lda: transposeA ? 2 : 3, b: storedB, ldb: transposeB ? 3 : 2, c: output.baseAddress!, ldc: 2)
            }
            #expect(c == expected, "transposeA \(transposeA) transposeB \(transposeB)")
        }
    }

    @Test func betaAccumulatesIntoTheOutput() {
        var c: [Float] = [1, 1, 1, 1]
        c.withUnsafeMutableBufferPointer { output in
            GEMM.multiply(
                m: 2, n: 2, k: 1, a: [1, 2], lda: 1, b: [3, 4], ldb: 2, beta: 1, c: output.baseAddress!, ldc: 2)
        }
        #expect(c == [4, 5, 7, 9])
    }
}

extension GEMMTests {
    @Test func blockedProductsHaveTheSameBitsAtAnyThreadCount() {
        var generator = SplitMix64(seed: 7)
        for (m, n, k) in [(256, 2304, 768), (4087, 64, 96), (100, 64, 40)] {
            let a = (0..<(m * k)).map { _ in Float(generator.next() >> 40) / Float(1 << 24) - 0.5 }
            let b = (0..<(k * n)).map { _ in Float(generator.next() >> 40) / Float(1 << 24) - 0.5 }
            let previous = GEMM.threadCount
            defer { GEMM.threadCount = previous }
            let outputs = [1, 2, 3].map { threads in
                // Other suites may run meanwhile: the thread count changes their speed, never their bits.
                GEMM.threadCount = threads
                var c = [Float](repeating: 0, count: m * n)
                c.withUnsafeMutableBufferPointer { output in
                    GEMM.multiply(m: m, n: n, k: k, a: a, lda: k, b: b, ldb: n, c: output.baseAddress!, ldc: n)
                }
                return c.map(\.bitPattern)
            }
            #expect(outputs[0] == outputs[1] && outputs[0] == outputs[2], "\(m)×\(n)×\(k)")
            #expect(GEMM.blockCount(m: m, n: n, k: k) == (m * n * k >= GEMM.smallProduct ? min(16, max(m, n) / 64) : 1))
        }
    }
}
