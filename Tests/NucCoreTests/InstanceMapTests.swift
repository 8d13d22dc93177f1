import NucCore
import Testing

/// Compaction of instance ids, as `remap_label` orders them.
@Suite struct InstanceMapTests {}

extension InstanceMapTests {
    @Test func compactsNonContiguousIdsInAscendingOrder() throws {
        let map = try InstanceMap(height: 2, width: 3, labels: [0, 70, 70, 5, 0, 2_147_483_647])
        #expect(map.ids == [5, 70, 2_147_483_647])
        #expect(map.indices == [0, 2, 2, 1, 0, 3])
        #expect(map.hasBackground)
        #expect(map.count == 3)
    }

    @Test func hugeIdsTakeTheSortingPathWithTheSameResult() throws {
        let labels: [Int64] = [0, 9_000_000_000_000, 3, 9_000_000_000_000, 1 << 40, 3]
        let map = try InstanceMap(height: 1, width: 6, labels: labels)
        #expect(map.ids == [3, 1 << 40, 9_000_000_000_000])
        #expect(map.indices == [0, 3, 1, 3, 2, 1])
    }

    @Test func recordsMissingBackground() throws {
        let map = try InstanceMap(height: 1, width: 2, labels: [4, 4])
        #expect(!map.hasBackground)
        #expect(map.indices == [1, 1])
    }

    @Test func rejectsNegativeIds() {
        #expect(throws: InputError("instance ids must be non-negative; found -3")) {
            try InstanceMap(height: 1, width: 2, labels: [0, -3])
        }
    }

    @Test func rejectsWrongPixelCount() {
        #expect(throws: InputError("expected 2×2 = 4 labels, got 3")) {
            try InstanceMap(height: 2, width: 2, labels: [0, 1, 2])
        }
    }

    @Test func acceptsIntegralFloatsAndRejectsFractions() throws {
        let map = try InstanceMap(height: 1, width: 3, values: [0, 1e6, 999_999])
        #expect(map.ids == [999_999, 1_000_000])
        #expect(throws: InputError("label 1.5 at pixel 1 is not a non-negative integer")) {
            try InstanceMap(height: 1, width: 2, values: [0, 1.5])
        }
        #expect(throws: InputError("label nan at pixel 0 is not a non-negative integer")) {
            try InstanceMap(height: 1, width: 1, values: [.nan])
        }
    }

    @Test func thirtyTwoBitLabelsCompactLikeSixtyFourBitOnes() throws {
        var generator = SplitMix64(seed: 11)
        for largest in [Int32(7), 60_000, Int32.max] {
            let labels = (0..<300).map { _ in
                Bool.random(using: &generator) ? 0 : Int32.random(in: 1...largest, using: &generator)
            }
            let narrow = try InstanceMap(height: 15, width: 20, int32Labels: labels)
            #expect(narrow == (try InstanceMap(height: 15, width: 20, labels: labels.map(Int64.init))))
        }
        #expect(throws: InputError("instance ids must be non-negative; found -2")) {
            try InstanceMap(height: 1, width: 2, int32Labels: [0, -2])
        }
    }
}
