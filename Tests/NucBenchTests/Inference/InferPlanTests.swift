import Foundation
import NucEngine
import Testing

@testable import NucBench

/// The settings `nucbench infer` resolves from presets, the manifest and the request.
@Suite struct InferPlanTests {
    /// The plan for `dataset` with manifest `text` and optional K values and MAPF override.
    static func plan(
        _ dataset: PromptDataset, manifest text: String, negatives: [Int]? = nil, mapf: Bool? = nil
    ) throws -> InferPlan {
        let folder = try InferFixtures.scratch("plan")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try text.write(toFile: folder + "/m.json", atomically: true, encoding: .utf8)
        let request = InferRequest(
            manifestPath: folder + "/m.json", dataset: dataset, dataDirectory: folder, outDirectory: folder,
            negatives: negatives, maskFiltering: mapf)
        return try InferPlan(request: request, manifest: InferenceManifest(path: folder + "/m.json"))
    }
}

extension InferPlanTests {
    @Test func presetsFollowTheDatasetAndVariant() throws {
        let base = #"{"name": "m", "segmentor": "s.pth", "variant": "#
        let kumarB = try Self.plan(.kumar, manifest: base + #""b"}"#)
        #expect(kumarB.tiled == .kumarB && kumarB.negatives == [0])
        #expect(kumarB.promptSettings == PromptSettings.preset(.kumar))
        #expect(try Self.plan(.kumar, manifest: base + #""h"}"#).tiled == .kumarLH)
        #expect(try Self.plan(.cpm17, manifest: base + #""l"}"#).tiled == .cpm17BL)
        let cpm17H = try Self.plan(.cpm17, manifest: base + #""h"}"#)
        #expect(cpm17H.tiled == .cpm17H && cpm17H.negatives == [1])
        let panNuke = try Self.plan(.pannuke, manifest: #"{"name": "m", "segmentor": "s.pth"}"#)
        #expect(panNuke.tiled == nil && panNuke.panNukeThreshold == 0.5 && panNuke.negatives == [0])
    }

    @Test func overridesApplyManifestFirstThenRequest() throws {
        let plan = try Self.plan(
            .kumar,
            manifest: """
                {"name": "m", "segmentor": "s.pth", "variant": "b", "spacing": 8, "nms_radius": 5, "mapf": false,
                 "mask_nms_threshold": 0.4, "overlap": 32, "pad_multiple": null}
                """, negatives: [2, 0], mapf: true)
        #expect(plan.promptSettings == PromptSettings(spacing: 8, nmsRadius: 5, maskFiltering: true))
        #expect(plan.tiled == TiledSegmentationSettings(overlap: 32, iouThreshold: 0.4, padMultiple: nil))
        #expect(plan.negatives == [2, 0])
        let two = plan.tiledSettings(negatives: 2, compatible: true)
        #expect(two?.negatives == NegativePrompts(count: 2, compatibility: .reference))
        #expect(plan.tiledSettings(negatives: 0, compatible: false)?.negatives == NegativePrompts(count: 0))
    }

    @Test func outputFoldersSplitOnlyForASweep() {
        let request = InferRequest(manifestPath: "m", dataset: .cpm17, dataDirectory: "d", outDirectory: "/p")
        #expect(request.outputDirectory(negatives: 1, sweep: false) == "/p")
        #expect(request.outputDirectory(negatives: 1, sweep: true) == "/p/k1")
    }
}
