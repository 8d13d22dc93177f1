import NucIO
import Testing

@testable import NucEngine

@Suite struct SegmentorTests {}

extension SegmentorTests {
    /// The whole segmentor from image.png: embedding and 256×256 logits within 1e-4 of the PyTorch
    /// reference relative to their largest magnitude, IoU within 1e-4, and masks (logit > 0) equal
    /// wherever the reference logit is clear of zero by more than the error bound.
    @Test(arguments: [("sam-tiny", "segmentor.pth"), ("sam-tiny", "vanilla_sam.pth"), ("sam-tiny2", "segmentor.pth")])
    func segmentorMatchesTheReference(fixture name: String, checkpoint: String) throws {
        let fixture = try SAMFixture(name)
        let segmentor = try Segmentor(checkpoint: fixture.path(checkpoint), decoderHeads: fixture.decoderHeads)
        try Self.expectParity(of: segmentor, with: fixture, label: "\(name)/\(checkpoint)")
    }

    @Test func theConfigurationIsReadFromShapes() throws {
        let fixture = try SAMFixture("sam-tiny")
        let segmentor = try Segmentor(checkpoint: fixture.path("segmentor.pth"), decoderHeads: fixture.decoderHeads)
        #expect(
            segmentor.config.decoder
                == MaskDecoderConfig(
                    dimension: 32, heads: 2, depth: 2, mlpDimension: 64, attentionDownsampleRate: 2, maskTokenCount: 4,
                    iouHiddenDimension: 32, iouHeadDepth: 3))
        #expect(segmentor.config.encoder.embedDim == 48 && segmentor.config.encoder.depth == 4)
        #expect(segmentor.config.variant == nil)
    }

    @Test func mismatchedAndUnknownTensorsAreAllListed() throws {
        let fixture = try SAMFixture("sam-tiny")
        let original = try fixture.weights()
        var tensors: [String: Tensor] = [:]
        for key in original.keys { tensors[key] = original.tensor(key, shape: original.shape(of: key) ?? []) }
        tensors["mask_decoder.iou_token.weight"] = Tensor(zeros: [1, 31])
        tensors["mask_decoder.output_upscaling.3.bias"] = Tensor(zeros: [5])
        tensors["prompt_encoder.extra.weight"] = Tensor(zeros: [2])
        tensors["mask_decoder.transformer.norm_final_attn.bias"] = nil
        let store = WeightStore(tensors: tensors, source: "broken.pth")
        #expect(
            throws: InputError(
                "missing keys: mask_decoder.transformer.norm_final_attn.bias [32]; mis-shaped keys: "
                    + "mask_decoder.iou_token.weight: found [1, 31], expected [1, 32]; "
                    + "mask_decoder.output_upscaling.3.bias: found [5], expected [4]; "
                    + "unexpected keys: prompt_encoder.extra.weight",
                file: "broken.pth")
        ) { try Segmentor(weights: store, decoderHeads: 2) }
    }

    @Test func aCheckpointWithoutADecoderIsRejected() throws {
        let store = WeightStore(tensors: ["image_encoder.pos_embed": Tensor(zeros: [1, 64, 64, 8])], source: "enc.pth")
        #expect(throws: InputError.self) { try Segmentor(weights: store) }
    }

    @Test func imagesOtherThan256SquareAreRejected() {
        let image = RGBImage(height: 255, width: 256, samples: [UInt8](repeating: 0, count: 255 * 256 * 3))
        #expect(throws: InputError("image is 256×255; the segmentor takes 256×256 tiles")) {
            try Segmentor.normalized(image)
        }
    }
}

extension SegmentorTests {
    /// Runs the segmentor on a fixture's image and prompts and checks the parity bounds: embedding
    /// and 256×256 logits within 1e-4 of the PyTorch reference relative to their largest magnitude,
    /// IoU within 1e-4, and masks (logit > 0) equal wherever the reference logit is clear of zero by
    /// more than that bound.
    static func expectParity(of segmentor: Segmentor, with fixture: SAMFixture, label: String) throws {
        let image = try ImageFile.readRGB(path: fixture.path("image.png"))
        let (embedding, output) = try segmentor.segment(image, prompts: try fixture.prompts())
        let logits = try fixture.tensor("logits.npy")
        let iou = try fixture.tensor("iou.npy")
        let embeddingError = relativeError(embedding, try fixture.tensor("embedding.npy"))
        let logitError = relativeError(output.logits, logits)
        let iouError = zip(output.iou, iou.elements).map { abs($0 - $1) }.max() ?? .infinity
        #expect(embeddingError < 1e-4, "\(label)")
        #expect(logitError < 1e-4, "\(label)")
        #expect(iouError < 1e-4, "\(label)")
        let bound = 1e-4 * (logits.elements.map(abs).max() ?? 0)
        let flipped = zip(output.logits.elements, logits.elements).filter { ours, reference in
            abs(reference) >= bound && (ours > 0) != (reference > 0)
        }
        #expect(flipped.isEmpty, "\(label): \(flipped.count) mask pixels differ")
        print("\(label): embedding error \(embeddingError), logits error \(logitError), IoU error \(iouError)")
    }
}
