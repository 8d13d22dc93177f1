import Foundation
import NucBench
import Testing

@Suite struct DatasetInspectionTests {
    static func inspect(_ name: String, checkImages: Bool = true, threads: Int = 2) throws -> JSON {
        try DatasetInspection.run(
            path: DatasetTestSupport.fixture(name), layout: nil,
            catalog: try DatasetCatalog.load(directory: DatasetTestSupport.cardsDirectory), checkImages: checkImages,
            threads: threads)
    }
}

extension DatasetInspectionTests {
    @Test func brokenFolderListsEveryAnomaly() throws {
        let report = try Self.inspect("broken-kumar")
        #expect(report["layout"]?.text == "kumar-promptnucseg")
        #expect(report["samples"]?.int == 3)
        let counts = report["anomaly_counts"]?.members?.mapValues { $0.int ?? -1 }
        #expect(
            counts == [
                "unexpected-file": 1, "unpaired-image": 1, "unpaired-label": 1, "non-contiguous-ids": 2,
                "empty-image": 1, "size-mismatch": 1,
            ])
        let mismatch = report["anomalies"]?.elements?.first { $0["kind"]?.text == "size-mismatch" }
        #expect(mismatch?["sample"]?.text == "narrow")
        #expect(mismatch?["detail"]?.text == "image is 40×38 but its labels are 40×40")
    }

    @Test func labelsOnlySkipsTheImageSizeCheck() throws {
        let report = try Self.inspect("broken-kumar", checkImages: false)
        #expect(report["anomaly_counts"]?["size-mismatch"] == nil)
    }

    @Test func panNukeReportNamesArraysClassesAndOverlaps() throws {
        let report = try Self.inspect("pannuke")
        #expect(report["card"]?.text == "pannuke")
        #expect(report["splits"]?.members?.mapValues(\.int) == ["fold1": 3, "fold2": 2])
        #expect(report["arrays"]?.elements?.map { $0["dtype"]?.text } == ["<f8", "<f8", "<f8", "<f8"])
        #expect(report["label_types"]?["<f8"]?.int == 5)
        #expect(report["micrometres_per_pixel"]?["0.25"]?.int == 5)
        #expect(report["instances"]?["total"]?.int == 14)
        #expect(report["instances"]?["min_per_image"]?.int == 0)
        #expect(
            report["instances_per_class"]?.keys == ["Neoplastic", "Inflammatory", "Connective", "Dead", "Epithelial"])
        #expect(report["instances_per_class"]?.elements == nil)
        #expect(report["instances_per_class"]?["Neoplastic"]?.int == 4)
        #expect(
            report["anomaly_counts"]?.members?.mapValues(\.int) == [
                "channel-overlap": 2, "overwritten-instance": 1, "empty-image": 1,
            ])
    }

    @Test func moNuSegReportCountsPolygonAnomalies() throws {
        let report = try Self.inspect("kumar-monuseg")
        #expect(report["splits"]?.members?.mapValues(\.int) == ["train": 1, "test1": 1, "monuseg-test": 1])
        #expect(report["label_types"]?["MoNuSeg XML"]?.int == 3)
        #expect(
            report["anomaly_counts"]?.members?.mapValues(\.int) == [
                "overlapping-polygons": 1, "overwritten-instance": 1, "degenerate-region": 1,
            ])
    }

    @Test func reportIsTheSameAtAnyThreadCount() throws {
        for name in ["pannuke", "kumar-hovernet", "kumar-monuseg", "cpm17-hovernet"] {
            #expect(try Self.inspect(name, threads: 1) == Self.inspect(name, threads: 3), "\(name)")
        }
    }

    @Test func unknownFolderIsAnInputError() throws {
        try DatasetTestSupport.withDirectory { directory in
            let error = #expect(throws: InputError.self) {
                _ = try DatasetInspection.run(path: directory, layout: nil, catalog: nil, checkImages: true, threads: 1)
            }
            #expect(error?.message.contains("found: an empty folder") == true)
        }
    }
}
