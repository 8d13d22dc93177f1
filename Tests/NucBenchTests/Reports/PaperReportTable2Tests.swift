import NucBench
import Testing

/// `PaperReport.table2`: prompter tallies per fold beside the paper's Table 2.
@Suite struct PaperReportTable2Tests {
    /// Twelve PanNuke images over three folds and two tissues with prompter tallies for every class.
    static let images: [ImageStatistics] = (0..<12).map { index in
        let fold = index % 3 + 1
        var perClass: [Int: PromptNucSegDetectionCounts.Tally] = [:]
        for type in 0..<5 {
            let truth = 4 + (index + type) % 5
            let matched = max(0, truth - 1 - (index * type) % 3)
            perClass[type] = .init(matched: matched, predictions: matched + (index + 2 * type) % 4, groundTruth: truth)
        }
        let detection = perClass.values.reduce(PromptNucSegDetectionCounts.Tally.zero, +)
        return ImageStatistics(
            index: index, name: "\(fold)_\(index)", tissue: index.isMultiple(of: 2) ? "Breast" : "Colon", fold: fold,
            promptNucSegDetection: PromptNucSegDetectionCounts(
                detection: .init(
                    matched: detection.matched + 1, predictions: detection.predictions + 2,
                    groundTruth: detection.groundTruth + 1),
                perClass: perClass))
    }

    static func table(bootstrap: ImageBootstrap = ImageBootstrap(rounds: 100, seed: 0)) throws -> PaperTable {
        try #require(
            try PaperReport.table2(
                images: images, runName: "pannuke-prompter", baseline: try PaperReportTests.baseline(),
                method: "PromptNucSeg-H", bootstrap: bootstrap))
    }
}

extension PaperReportTable2Tests {
    @Test func tableEqualsItsGoldenFiles() throws {
        let table = try Self.table()
        try ReportTestSupport.expectGolden(table.markdown, named: "PaperReportTable2Tests.table2.md")
        try ReportTestSupport.expectGolden(table.csv, named: "PaperReportTable2Tests.table2.csv")
    }

    @Test func valuesAreFoldMeansOfPooledScores() throws {
        let table = try Self.table()
        var precisions: [Double] = []
        var f1s: [Double] = []
        for fold in 1...3 {
            let counts = Self.images.filter { $0.fold == fold }.compactMap(\.promptNucSegDetection)
                .reduce(PromptNucSegDetectionCounts.zero, +)
            let scores = PromptNucSegDetectionScores(counts: counts, classes: [0, 1, 2, 3, 4])
            precisions.append(scores.detection.precision)
            f1s.append(scores.perClass[4].f1)
        }
        #expect(table.cell(row: "Detection", metric: "P")?.ours.value == NumpySummation.mean(precisions).value)
        #expect(table.cell(row: "Epithelial", metric: "F1")?.ours.value == NumpySummation.mean(f1s).value)
        #expect(table.cell(row: "Detection", metric: "F1")?.paper.value?.text == "0.84")
        #expect(table.rows == ["Detection", "Neoplastic", "Epithelial", "Inflammatory", "Connective", "Dead"])
    }

    @Test func aRunWithoutTalliesHasNoTable2() throws {
        let plain = Self.images.map {
            ImageStatistics(index: $0.index, name: $0.name, tissue: $0.tissue, fold: $0.fold)
        }
        #expect(
            try PaperReport.table2(
                images: plain, runName: "x", baseline: try PaperReportTests.baseline(), method: "PromptNucSeg-H",
                bootstrap: ImageBootstrap(rounds: 0)) == nil)
    }

    @Test func noBootstrapRoundsMeansNoIntervals() throws {
        let table = try Self.table(bootstrap: ImageBootstrap(rounds: 0))
        #expect(table.cells.allSatisfy { $0.interval == nil })
        #expect(!table.markdown.contains("interval"))
    }
}
