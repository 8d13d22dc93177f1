import Foundation
import NucBench
import Testing

/// `RunComparison`: two stored runs on their shared images, paired interval and signed-rank test.
@Suite struct RunComparisonTests {
    static let bootstrap = ImageBootstrap(rounds: 100, seed: 0)

    /// Two Kumar runs: A scores images 0–13, B images 2–15 at a higher level.
    static func withTwoRuns(_ body: (String) throws -> Void) throws {
        try withTemporaryStore { path in
            try ReportTestSupport.store(
                ReportTestSupport.record("a", dataset: "kumar"), images: ReportTestSupport.images(count: 14, level: 0),
                at: path)
            try ReportTestSupport.store(
                ReportTestSupport.record("b", dataset: "kumar"),
                images: (2..<16).map { ReportTestSupport.instanceImage($0, level: 3) }, at: path)
            try body(path)
        }
    }
}

extension RunComparisonTests {
    @Test func markdownEqualsItsGoldenFile() throws {
        try Self.withTwoRuns { path in
            let comparison = try RunComparison.load(
                firstRun: "a", secondRun: "b", storePath: path, bootstrap: Self.bootstrap)
            try ReportTestSupport.expectGolden(comparison.markdown, named: "RunComparisonTests.md")
        }
    }

    @Test func rowsUseTheSharedImagesOnly() throws {
        try Self.withTwoRuns { path in
            let comparison = try RunComparison.load(
                firstRun: "a", secondRun: "b", storePath: path, bootstrap: Self.bootstrap)
            #expect(comparison.sharedImages == 12 && comparison.onlyFirst == 2 && comparison.onlySecond == 2)
            let shared = (2..<14)
            let a = try RunScores(
                statistics: shared.map { ReportTestSupport.instanceImage($0, level: 0) }, protocol: .promptnucseg)
            let b = try RunScores(
                statistics: shared.map { ReportTestSupport.instanceImage($0, level: 3) }, protocol: .promptnucseg)
            let aji = try #require(comparison.rows.first { $0.metric == .aji })
            #expect(aji.first.value == a.headline(.aji)?.value.value)
            #expect(aji.second.value == b.headline(.aji)?.value.value)
            let x = try #require(a.perImage[.aji]).values.compactMap(\.value)
            let y = try #require(b.perImage[.aji]).values.compactMap(\.value)
            #expect(aji.test.value == WilcoxonSignedRank.test(y, x).value)
            #expect(aji.pairedImages == 12)
            let interval = try #require(aji.interval.value)
            #expect(interval.lower <= (aji.difference.value ?? 0) && (aji.difference.value ?? 0) <= interval.upper)
            #expect(comparison.rows.map(\.metric) == [.aji, .ajiPlus, .pq, .dq, .sq])
        }
    }

    @Test func missingAndIncompleteRunsAreInputErrors() throws {
        try Self.withTwoRuns { path in
            try ReportTestSupport.store(
                ReportTestSupport.record("c", dataset: "kumar"), images: ReportTestSupport.images(count: 3, level: 0),
                at: path, finish: false)
            #expect(throws: InputError("no run named \"zzz\" in \(path); runs: a, b, c")) {
                try RunComparison.load(firstRun: "a", secondRun: "zzz", storePath: path, bootstrap: Self.bootstrap)
            }
            #expect(
                throws: InputError("run \"c\" is not complete; resume it with `nucbench eval` before using it")
            ) {
                try RunComparison.load(firstRun: "c", secondRun: "a", storePath: path, bootstrap: Self.bootstrap)
            }
        }
    }

    @Test func runsOnOtherDataOrWithoutSharedImagesAreRefused() throws {
        let kumar = ReportTestSupport.record("k", dataset: "kumar")
        let images = ReportTestSupport.images(count: 4, level: 0)
        #expect(
            throws: InputError(
                "runs \"k\" and \"c\" scored different data sets (kumar, cpm17); compare runs on the same images")
        ) {
            try RunComparison(
                first: (kumar, images), second: (ReportTestSupport.record("c", dataset: "cpm17"), images),
                bootstrap: Self.bootstrap)
        }
        let later = (10..<12).map { ReportTestSupport.instanceImage($0, level: 0) }
        #expect(
            throws: InputError("runs \"k\" (4 images) and \"l\" (2 images) share no image index; nothing to compare")
        ) {
            try RunComparison(
                first: (kumar, images), second: (ReportTestSupport.record("l", dataset: "kumar"), later),
                bootstrap: Self.bootstrap)
        }
        let renamed = [ReportTestSupport.instanceImage(1, level: 0, name: "other.png")]
        #expect(
            throws: InputError(
                "image 1 is \"image-1\" in run \"k\" but \"other.png\" in run \"r\"; the runs did not score the same data"
            )
        ) {
            try RunComparison(
                first: (kumar, images), second: (ReportTestSupport.record("r", dataset: "kumar"), renamed),
                bootstrap: Self.bootstrap)
        }
    }
}

extension RunComparisonTests {
    /// A PanNuke image: PQ counts for the binary comparison and the five classes, one class absent.
    static func panNukeImage(_ index: Int, level: Int) -> ImageStatistics {
        var panoptic: [ClassScope: MetricResult<PanopticCounts>] = [:]
        for (offset, scope) in ([ClassScope.all] + (0..<5).map(ClassScope.type)).enumerated() {
            let seed = index * 3 + offset
            panoptic[scope] =
                scope == .type(index % 5)
                ? .failure(Undefined(.notANumber, "no GT nucleus of this class"))
                : .success(
                    PanopticCounts(
                        truePositives: 4 + seed % 5 + level, falsePositives: seed % 3, falseNegatives: 1 + seed % 2,
                        iouSum: Double(4 + seed % 5 + level) * (0.7 + 0.01 * Double(seed % 7))))
        }
        let tissues = ["Breast", "Colon", "Kidney"]
        return ImageStatistics(
            index: index, name: "p\(index)", tissue: tissues[index % 3], fold: index % 2 + 1, panoptic: panoptic)
    }

    /// PanNuke comparisons aggregate restored images per round; the intervals equal those of
    /// scoring every resampled multiset with `RunScores`.
    @Test func panNukeIntervalsEqualThoseOfRunScores() throws {
        let a = (0..<18).map { Self.panNukeImage($0, level: 0) }
        let b = (0..<18).map { Self.panNukeImage($0, level: 2) }
        var record = ReportTestSupport.record("a", dataset: "pannuke")
        record.protocolName = "pannuke"
        var other = record
        other.name = "b"
        let bootstrap = ImageBootstrap(rounds: 40, seed: 5)
        let comparison = try RunComparison(first: (record, a), second: (other, b), bootstrap: bootstrap)
        #expect(comparison.rows.map(\.metric) == [.binaryPQ, .multiClassPQ])
        let strata = a.map { "\($0.fold ?? 0)|\($0.tissue ?? "")" }
        for row in comparison.rows {
            let reference = StratifiedBootstrap(strata: strata).pairedInterval(
                rounds: 40, seed: 5, confidence: 95,
                first: { indices in
                    (try? RunScores(statistics: indices.map { b[$0] }, protocol: .pannuke))?.headline(row.metric)?
                        .value ?? .failure(Undefined(.notANumber, "none"))
                },
                second: { indices in
                    (try? RunScores(statistics: indices.map { a[$0] }, protocol: .pannuke))?.headline(row.metric)?
                        .value ?? .failure(Undefined(.notANumber, "none"))
                })
            let ours = try #require(row.interval.value)
            let expected = try #require(reference.value)
            #expect(abs(ours.lower - expected.lower) <= 1e-12 && abs(ours.upper - expected.upper) <= 1e-12)
            #expect(ours.undefinedReplicates == expected.undefinedReplicates)
        }
    }
}
