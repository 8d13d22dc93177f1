import Testing

@testable import NucIO

@Suite struct LabelMapChecksTests {
    static func kinds(_ labels: [Int64], checkIds: Bool = true) throws -> [DatasetAnomaly.Kind] {
        let map = try InstanceMap(height: 1, width: labels.count, labels: labels)
        return LabelMapChecks.anomalies(of: map, sample: "s", file: "f", checkIds: checkIds).map(\.kind)
    }
}

extension LabelMapChecksTests {
    @Test func contiguousMapWithBackgroundIsNormal() throws {
        #expect(try Self.kinds([0, 1, 2, 2]).isEmpty)
    }

    @Test func eachProblemIsReported() throws {
        #expect(try Self.kinds([0, 0]) == [.emptyImage])
        #expect(try Self.kinds([1, 2]) == [.missingBackground])
        #expect(try Self.kinds([0, 3, 5]) == [.nonContiguousIds])
        #expect(try Self.kinds([4, 4]) == [.missingBackground, .nonContiguousIds])
    }

    @Test func idGapsAreNormalWhenIdsAreNotStored() throws {
        #expect(try Self.kinds([0, 3, 5], checkIds: false).isEmpty)
    }
}
