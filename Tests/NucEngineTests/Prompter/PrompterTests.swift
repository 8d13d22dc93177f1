import Foundation
import NucIO
import Testing

@testable import NucEngine

/// Parity of the prompter with the PyTorch reference (`Tools/fixtures/promptnucseg_prompter.py`),
/// bottom-up: per-stage summaries, the small intermediates, then the three raw outputs.
///
/// Error measure: max |ours − torch| / max |torch| per tensor; bound 1e-4 (the engine's GEMMs,
/// LayerNorm sums and transcendental kernels reassociate float32 sums differently from PyTorch's).
@Suite struct PrompterTests {
    /// The bound on every relative error.
    static let tolerance: Float = 1e-4
}

extension PrompterTests {
    @Test(arguments: PrompterFixture.cases)
    func configurationIsInferredFromTheCheckpoint(_ name: String) throws {
        let fixture = try PrompterFixture(name)
        let prompter = try Prompter.load(checkpoint: fixture.path("prompter.pth"))
        #expect(prompter.config == fixture.config)
        #expect(PromptDataset.implied(byLevels: prompter.config.levels)?.rawValue == name)
    }

    @Test(arguments: PrompterFixture.cases)
    func stagesMatchTheReferenceSummaries(_ name: String) throws {
        let fixture = try PrompterFixture(name)
        let prompter = try Prompter.load(checkpoint: fixture.path("prompter.pth"))
        let input = try PrompterInput.tensor(
            from: ImageFile.readRGB(path: fixture.path("image.png")), spacing: fixture.settings.spacing)
        var scratch = ConvolutionScratch()
        let stem = prompter.backbone.stemNorm(prompter.backbone.stem(input, scratch: &scratch))
        let features = prompter.backbone.features(input, scratch: &scratch)
        let levels = prompter.detectionNeck(features, scratch: &scratch)
        let maskLevel = prompter.maskNeck(features, scratch: &scratch)[0]
        var stages: [(String, Tensor)] = [("stem", stem), ("neck1_out0", maskLevel)]
        stages += features.enumerated().map { ("stage\($0)", $1) }
        stages += levels.enumerated().map { ("neck_out\($0)", $1) }
        for (key, tensor) in stages {
            let reference = try #require(fixture.summary(key), "no summary \(key)")
            let error = prompterSummaryError(tensor, reference)
            #expect(error <= Double(Self.tolerance), "\(name) \(key): relative error \(error)")
        }
    }

    @Test(arguments: PrompterFixture.cases)
    func intermediatesMatchTheReference(_ name: String) throws {
        let fixture = try PrompterFixture(name)
        let prompter = try Prompter.load(checkpoint: fixture.path("prompter.pth"))
        let input = try PrompterInput.tensor(
            from: ImageFile.readRGB(path: fixture.path("image.png")), spacing: fixture.settings.spacing)
        var scratch = ConvolutionScratch()
        let features = prompter.backbone.features(input, scratch: &scratch)
        let anchors = AnchorGrid(height: input.shape[1], width: input.shape[2], spacing: fixture.settings.spacing)
        let heads = prompter.heads(
            levels: prompter.detectionNeck(features, scratch: &scratch), anchors: anchors, scratch: &scratch)
        let raw = prompter.maskHead.rawLogits(prompter.maskNeck(features, scratch: &scratch)[0], scratch: &scratch)
        let referenceAnchors = try fixture.tensor("intermediates/anchors.npy")
        #expect(anchors.points.flatMap { [$0.x, $0.y] } == referenceAnchors.elements)
        // The reference keeps offsets and deformed points on the anchor grid, (rows, columns, 2).
        let offsets = try fixture.tensor("intermediates/deform_offsets.npy")
        let deformed = try fixture.tensor("intermediates/deformed.npy")
        let pairs: [(String, Tensor, Tensor)] = [
            ("deform_offsets", heads.offsets, offsets.reshaped([offsets.count / 2, 2])),
            ("deformed", heads.deformed, deformed.reshaped([deformed.count / 2, 2])),
            ("mask_raw", raw, try fixture.tensor("intermediates/mask_raw.npy")),
        ]
        for (key, ours, reference) in pairs {
            let error = prompterRelativeError(ours, reference)
            #expect(error <= Self.tolerance, "\(name) \(key): relative error \(error)")
        }
    }

    @Test(arguments: PrompterFixture.cases)
    func outputsMatchTheReference(_ name: String) throws {
        let fixture = try PrompterFixture(name)
        let prompter = try Prompter.load(checkpoint: fixture.path("prompter.pth"))
        let output = try prompter(ImageFile.readRGB(path: fixture.path("image.png")), spacing: fixture.settings.spacing)
        let reference = try fixture.referenceOutput()
        for (key, ours, expected) in [
            ("proposals", output.proposals, reference.proposals), ("logits", output.logits, reference.logits),
            ("aux_logits", output.auxiliaryLogits, reference.auxiliaryLogits),
        ] {
            let error = prompterRelativeError(ours, expected)
            #expect(error <= Self.tolerance, "\(name) \(key): relative error \(error)")
        }
    }
}
