import Foundation
import Testing

@testable import NucBench

/// Overlays of the worst images of the PanNuke fixture's fold 1, with synthetic RGB images.
@Suite struct PanNukeOverlaysTests {
    /// A scratch PanNuke root: `Fold 1/` (flat: masks, types, images) and `pred/fold1/masks.npy`.
    static func scratchRoot(withImages: Bool) throws -> URL {
        let manager = FileManager.default
        let root = manager.temporaryDirectory.appendingPathComponent("overlays-\(UUID().uuidString)")
        let truth = root.appendingPathComponent("Fold 1")
        let prediction = root.appendingPathComponent("pred/fold1")
        try manager.createDirectory(at: truth, withIntermediateDirectories: true)
        try manager.createDirectory(at: prediction, withIntermediateDirectories: true)
        for name in ["masks.npy", "types.npy"] {
            try manager.copyItem(
                atPath: metricsFixturesPath("pannuke/fold1/true/\(name)"),
                toPath: truth.appendingPathComponent(name).path)
        }
        try manager.copyItem(
            atPath: metricsFixturesPath("pannuke/fold1/pred/masks.npy"),
            toPath: prediction.appendingPathComponent("masks.npy").path)
        if withImages {
            let samples = (0..<(6 * 256 * 256 * 3)).map { UInt8(truncatingIfNeeded: $0 / 3 % 251) }
            try NpyWriter.write(samples, shape: [6, 256, 256, 3], to: truth.appendingPathComponent("images.npy").path)
        }
        return root
    }

    static func request(root: URL) -> PanNukeEvaluationRequest {
        PanNukeEvaluationRequest(
            dataDirectory: root.path, predictionDirectory: root.appendingPathComponent("pred").path, folds: [1],
            protocol: .pannuke)
    }

    /// The run's statistics as `PanNukeEvaluation` stores them (binary counts under `.all`).
    static func statistics(of request: PanNukeEvaluationRequest) throws -> [ImageStatistics] {
        let input = try #require(try request.foldInputs().first)
        return try (0..<input.count).map { row in
            let masks = try input.masks(of: row)
            let counts = try PanNukeImageCounts(gt: masks.gt, pred: masks.pred)
            return ImageStatistics(
                index: row, name: "fold1_\(row)", tissue: input.tissues[row], fold: 1, panoptic: [.all: counts.binary])
        }
    }
}

extension PanNukeOverlaysTests {
    @Test func writesTheWorstImagesAndTheirIndex() throws {
        let root = try Self.scratchRoot(withImages: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let request = Self.request(root: root)
        let statistics = try Self.statistics(of: request)
        let folder = root.appendingPathComponent("overlays").path
        let ranked = try PanNukeOverlays.write(count: 3, statistics: statistics, request: request, directory: folder)
        #expect(ranked == WorstImages.select(statistics, count: 3))
        #expect(ranked.count == 3)
        let index = try String(contentsOfFile: folder + "/" + OverlayWriter.indexName, encoding: .utf8)
        #expect(index == OverlayIndex.markdown(of: ranked, scoreName: "binary PQ (\(request.protocol.revision))"))
        for image in ranked {
            let path = folder + "/" + OverlayIndex.fileName(of: image, total: 3)
            guard case .rgb(let overlay) = try PNGFile.read(path: path) else {
                Issue.record("\(path) is not an RGB PNG")
                continue
            }
            #expect(overlay.height == 256 + OverlayRenderer.legendHeight)
            #expect(overlay.width == 256)
        }
    }

    @Test func missingImagesNameTheMasks() throws {
        let root = try Self.scratchRoot(withImages: false)
        defer { try? FileManager.default.removeItem(at: root) }
        let request = Self.request(root: root)
        let statistics = try Self.statistics(of: request)
        #expect(throws: InputError.self) {
            try PanNukeOverlays.write(
                count: 1, statistics: statistics, request: request,
                directory: root.appendingPathComponent("overlays").path)
        }
    }
}
