import Foundation
import Testing

@testable import NucEngine

@Suite struct SoftmaxTests {}

extension SoftmaxTests {
    @Test func rowsMatchTheDoublePrecisionDefinition() {
        for columns in [1, 7, 16, 37] {
            var random = RandomTensors(seed: UInt64(columns))
            var values = random.tensor([3, columns + 2], scale: 20).elements
            let original = values
            values.withUnsafeMutableBufferPointer {
                Softmax.apply($0.baseAddress!, rows: 3, columns: columns, stride: columns + 2)
            }
            for row in 0..<3 {
                let slice = original[(row * (columns + 2))..<(row * (columns + 2) + columns)].map(Double.init)
                let top = slice.max()!
                let total = slice.map { Foundation.exp($0 - top) }.reduce(0, +)
                let expected = slice.map { Foundation.exp($0 - top) / total }
                let got = Array(values[(row * (columns + 2))..<(row * (columns + 2) + columns)])
                #expect(maxDifference(got, expected) < 3e-7, "columns \(columns) row \(row)")
                #expect(values[row * (columns + 2) + columns] == original[row * (columns + 2) + columns])
            }
        }
    }
}
