import NucMetrics
import Testing

extension Detection {
    @Suite("Instance type vote")
    struct InstanceMapTypeVoteTests {
        /// Two instances side by side: id 1 in columns 0–3, id 2 in columns 4–7, one row.
        static let map = InstanceMap(
            height: 1, width: 8, indices: [1, 1, 1, 1, 2, 2, 2, 2], ids: [1, 2], hasBackground: false
        )
    }
}

extension Detection.InstanceMapTypeVoteTests {
    @Test("the most frequent class wins")
    func majority() {
        let classes: [Int32] = [3, 3, 2, 3, 5, 1, 5, 5]
        #expect(Self.map.typeVotes(classMap: classes) == [3, 5])
    }

    @Test("equal counts go to the smaller class")
    func countTie() {
        let classes: [Int] = [4, 2, 4, 2, 1, 5, 5, 1]
        #expect(Self.map.typeVotes(classMap: classes) == [2, 1])
    }

    @Test("background first gives the most frequent other class, ties to the smaller")
    func backgroundSecond() {
        let classes: [Int32] = [0, 0, 0, 4, 0, 0, 5, 3]
        #expect(Self.map.typeVotes(classMap: classes) == [4, 3])
    }

    @Test("background that ties with a smaller class loses to it without the fallback")
    func negativeBeforeBackground() {
        let classes: [Int] = [-1, -1, 0, 0, 0, 0, 0, 0]
        #expect(Self.map.typeVotes(classMap: classes) == [-1, 0])
    }

    @Test("an instance of pure background keeps 0")
    func onlyBackground() {
        let classes: [Int32] = [0, 0, 0, 0, 2, 2, 0, 0]
        #expect(Self.map.typeVotes(classMap: classes) == [0, 2])
    }

    @Test("wide class ranges take the sorting path with the same rule")
    func wideRange() {
        let classes: [Int] = [1 << 40, 7, 1 << 40, 7, 0, 0, 0, -(1 << 40)]
        #expect(Self.map.typeVotes(classMap: classes) == [7, -(1 << 40)])
    }

    @Test("background pixels of the map do not vote")
    func backgroundPixels() throws {
        let map = try InstanceMap(height: 2, width: 3, labels: [0, 9, 9, 0, 0, 9])
        let classes: [Int32] = [6, 1, 2, 6, 6, 2]
        #expect(map.typeVotes(classMap: classes) == [2])
    }
}
