import Foundation
import Testing

@testable import NucEngine

@Suite struct GELUTests {}

extension GELUTests {
    @Test func matchesTheErfDefinitionIncludingTheTail() {
        var values = (0..<1003).map { Float($0) * 0.02 - 10 }
        let expected = values.map { Double($0) * 0.5 * (1 + Foundation.erf(Double($0) / 2.0.squareRoot())) }
        values.withUnsafeMutableBufferPointer { GELU.apply($0.baseAddress!, count: $0.count) }
        let errors = zip(values, expected).map { abs(Double($0) - $1) / max(1, abs($1)) }
        #expect(errors.max()! < 3e-7)
    }

    @Test func tensorFormKeepsTheShape() {
        var tensor = Tensor(shape: [1, 3], elements: [-1, 0, 1])
        GELU.apply(&tensor)
        #expect(tensor.shape == [1, 3])
        #expect(tensor.elements[1] == 0)
        #expect(abs(tensor.elements[2] - 0.841_344_75) < 1e-7)
        #expect(abs(tensor.elements[0] + 0.158_655_25) < 1e-7)
    }

    @Test func largeBuffersSplitAcrossThreadsGiveTheSerialResult() {
        var random = RandomTensors(seed: 5)
        let input = random.tensor([70_001], scale: 4).elements
        var serial = input
        serial.withUnsafeMutableBufferPointer { buffer in
            for start in stride(from: 0, to: buffer.count, by: 1000) {
                GELU.apply(buffer.baseAddress! + start, count: min(1000, buffer.count - start))
            }
        }
        let previous = GEMM.threadCount
        GEMM.threadCount = 2
        defer { GEMM.threadCount = previous }
        var split = input
        split.withUnsafeMutableBufferPointer { GELU.apply($0.baseAddress!, count: $0.count) }
        #expect(split == serial)
    }
}
