import Testing

@testable import NucIO

@Suite struct TensorLayoutTests {}

// MARK: - Runs

extension TensorLayoutTests {
    /// The storage indices of every element in row-major order, by counting through the shape.
    private func naiveIndices(_ layout: TensorLayout) -> [Int] {
        let count = TensorLayout.count(of: layout.shape) ?? 0
        return (0..<count).map { flat in
            var remainder = flat
            var index = layout.offset
            for axis in layout.shape.indices.reversed() {
                index += remainder % layout.shape[axis] * layout.strides[axis]
                remainder /= layout.shape[axis]
            }
            return index
        }
    }

    private func runIndices(_ layout: TensorLayout) -> (indices: [Int], runs: Int) {
        var indices: [Int] = []
        var runs = 0
        layout.forEachRun { start, count, step in
            runs += 1
            indices += (0..<count).map { start + $0 * step }
        }
        return (indices, runs)
    }

    @Test func contiguousTensorsAreOneRun() throws {
        let layout = TensorLayout.contiguous([3, 1, 4, 5])
        #expect(layout.strides == [20, 20, 5, 1])
        let (indices, runs) = runIndices(layout)
        #expect(runs == 1 && indices == Array(0..<60))
        #expect(runIndices(TensorLayout(shape: [], strides: [], offset: 7)) == ([7], 1))
        #expect(runIndices(TensorLayout(shape: [2, 0, 3], strides: [0, 3, 1], offset: 0)).runs == 0)
    }

    @Test func transposedAndSlicedViewsMatchCounting() throws {
        let transposed = TensorLayout(shape: [6, 4], strides: [1, 6], offset: 0)
        #expect(runIndices(transposed).indices == naiveIndices(transposed))
        #expect(runIndices(transposed).runs == 6)
        let broadcast = TensorLayout(shape: [2, 3], strides: [0, 1], offset: 4)
        #expect(runIndices(broadcast).indices == [4, 5, 6, 4, 5, 6])
    }

    @Test(arguments: 0..<20)
    func randomLayoutsMatchCounting(seed: Int) throws {
        var generator = SplitMix64(seed: UInt64(seed))
        let rank = Int(generator.next() % 5)
        let shape = (0..<rank).map { _ in Int(generator.next() % 4) + 1 }
        let strides = (0..<rank).map { _ in Int(generator.next() % 13) }
        let layout = TensorLayout(shape: shape, strides: strides, offset: Int(generator.next() % 5))
        let naive = naiveIndices(layout)
        #expect(runIndices(layout).indices == naive, "\(layout)")
        #expect(try layout.check(storageCount: (naive.max() ?? 0) + 1) == naive.count)
        #expect(throws: InputError.self) { try layout.check(storageCount: naive.max() ?? 0) }
    }
}

// MARK: - Checks

extension TensorLayoutTests {
    @Test func checkNamesTheProblem() {
        expectInputError(file: nil, containing: "reaches element 11 of a storage that holds only 11") {
            try TensorLayout(shape: [3, 4], strides: [4, 1], offset: 0).check(storageCount: 11)
        }
        expectInputError(file: nil, containing: "has 2 sizes but 1 strides") {
            try TensorLayout(shape: [3, 4], strides: [1], offset: 0).check(storageCount: 100)
        }
        expectInputError(file: nil, containing: "must not be negative") {
            try TensorLayout(shape: [3], strides: [-1], offset: 2).check(storageCount: 100)
        }
        expectInputError(file: nil, containing: "strides [4611686018427387904] overflow") {
            try TensorLayout(shape: [3], strides: [1 << 62], offset: 0).check(storageCount: 100)
        }
        expectInputError(file: nil, containing: "is negative or too large") {
            try TensorLayout(shape: [1 << 40, 1 << 40], strides: [0, 0], offset: 0).check(storageCount: 1)
        }
        #expect(throws: Never.self) {
            try TensorLayout(shape: [0, 5], strides: [5, 1], offset: 99).check(storageCount: 0)
        }
    }
}
