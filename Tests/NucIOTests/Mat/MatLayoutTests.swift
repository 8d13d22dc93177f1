import Testing

@testable import NucIO

@Suite struct MatLayoutTests {}

extension MatLayoutTests {
    /// The column-major index of each row-major position, by division and remainder.
    private func naiveSourceIndices(_ shape: [Int]) -> [Int] {
        let count = shape.reduce(1, *)
        return (0..<count).map { rowMajor in
            var remainder = rowMajor
            var position = [Int](repeating: 0, count: shape.count)
            for axis in shape.indices.reversed() {
                position[axis] = remainder % shape[axis]
                remainder /= shape[axis]
            }
            var source = 0
            for axis in shape.indices.reversed() {
                source = source * shape[axis] + position[axis]
            }
            return source
        }
    }

    @Test(arguments: 0..<40)
    func reorderingMatchesDivisionAndRemainder(seed: Int) {
        var generator = SplitMix64(seed: UInt64(seed))
        let rank = 2 + Int(generator.next() % 3)
        let shape = (0..<rank).map { _ in Int(generator.next() % (rank == 2 ? 80 : 9)) }
        let expected = naiveSourceIndices(shape)
        #expect(MatLayout.sourceIndices(shape: shape) == expected, "shape \(shape)")
        #expect(MatLayout.rowMajor(shape: shape) { $0 } == expected, "shape \(shape)")
        #expect(MatLayout.reordered(Array(0..<expected.count), shape: shape) == expected, "shape \(shape)")
    }

    @Test(arguments: [[1, 7], [7, 1], [32, 32], [33, 65], [64, 1, 1], [0, 5], [5, 0], [2, 3, 1, 4]])
    func edgeShapesMatchDivisionAndRemainder(shape: [Int]) {
        #expect(MatLayout.rowMajor(shape: shape) { $0 } == naiveSourceIndices(shape))
    }

    @Test func aMatlabMatrixReadsRowByRow() {
        let columnMajor = [11, 21, 12, 22, 13, 23]
        #expect(MatLayout.rowMajor(shape: [2, 3]) { columnMajor[$0] } == [11, 12, 13, 21, 22, 23])
    }
}
