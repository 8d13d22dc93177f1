import NucMetrics
import Testing

/// Areas and overlaps: the one pass over pixels behind every segmentation metric.
@Suite struct OverlapTableTests {}

extension OverlapTableTests {
    @Test func countsAreasAndOverlapsInGroundTruthThenPredictionOrder() throws {
        let gt = try InstanceMap(height: 2, width: 4, labels: [5, 5, 9, 0, 5, 0, 9, 9])
        let pred = try InstanceMap(height: 2, width: 4, labels: [0, 3, 3, 3, 7, 7, 0, 3])
        let table = try OverlapTable(gt: gt, pred: pred)
        #expect(table.gtAreas == [3, 3])
        #expect(table.predAreas == [4, 2])
        #expect(
            table.overlaps == [
                .init(gt: 0, pred: 0, intersection: 1), .init(gt: 0, pred: 1, intersection: 1),
                .init(gt: 1, pred: 0, intersection: 2),
            ])
    }

    @Test(arguments: 0..<20 as Range<UInt64>)
    func sparseAndDenseHistogramsAgree(seed: UInt64) throws {
        var generator = SplitMix64(seed: seed)
        let size = Int.random(in: 17...70, using: &generator)
        let gt = try SegmentationTestMaps.random(size: size, instances: 30, using: &generator)
        let pred = try SegmentationTestMaps.random(size: size, instances: 30, using: &generator)
        let dense = try OverlapTable(gt: gt, pred: pred)
        #expect(try OverlapTable(gt: gt, pred: pred, denseLimit: 0) == dense)
        #expect(dense.gtAreas.reduce(0, +) == gt.indices.filter { $0 != 0 }.count)
        #expect(dense.predAreas.reduce(0, +) == pred.indices.filter { $0 != 0 }.count)
    }

    @Test func mapsOfDifferentSizesAreAnInputError() throws {
        let gt = try InstanceMap(height: 2, width: 3, labels: [0, 0, 0, 0, 0, 1])
        let pred = try InstanceMap(height: 3, width: 2, labels: [0, 0, 0, 0, 0, 1])
        #expect(throws: InputError("ground truth is 2×3 but prediction is 3×2")) {
            try OverlapTable(gt: gt, pred: pred)
        }
    }
}
