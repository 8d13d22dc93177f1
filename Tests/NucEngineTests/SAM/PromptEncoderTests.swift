import Foundation
import Testing

@testable import NucEngine

@Suite struct PromptEncoderTests {}

extension PromptEncoderTests {
    /// Labels −1, 0 and 1 as segment-anything's `_embed_points`: padding rows are exactly
    /// `not_a_point_embed`, and a negative and a positive point at one place differ by exactly
    /// `point_embeddings.1 − point_embeddings.0`; the appended padding point is last.
    @Test func labelsSelectTheirEmbeddings() {
        let decoder = PromptDecoder.random(config: SAMConfig.samDecoder, seed: 3)
        let encoder = decoder.promptEncoder
        let prompt = [
            PromptPoint(x: 12.5, y: 200, label: .positive), PromptPoint(x: 12.5, y: 200, label: .negative),
            PromptPoint(x: 99, y: 1, label: .padding),
        ]
        let sparse = encoder.sparseEmbeddings(of: [prompt])
        #expect(sparse.shape == [1, 4, 256])
        let rows = (0..<4).map { Array(sparse.elements[($0 * 256)..<(($0 + 1) * 256)]) }
        #expect(rows[2] == encoder.notAPointEmbedding.elements)
        #expect(rows[3] == encoder.notAPointEmbedding.elements)
        let difference = zip(rows[0], rows[1]).map { $0 - $1 }
        let expected = zip(encoder.positiveEmbedding.elements, encoder.negativeEmbedding.elements).map { $0 - $1 }
        #expect(zip(difference, expected).allSatisfy { abs($0 - $1) < 1e-5 })
    }

    /// The Fourier encoding of a point is `[sin a, cos a]`, so each sine–cosine pair has unit norm.
    @Test func fourierFeaturesComeInUnitPairs() {
        let encoding = RandomFourierEncoding(
            gaussianMatrix: Tensor(shape: [2, 3], elements: [0.5, -1.25, 2, 0.75, 0.1, -3]))
        var output = [Float](repeating: 0, count: 6)
        output.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            encoding.encode(x: 0.3, y: 0.9, into: base)
        }
        for feature in 0..<3 {
            #expect(abs(output[feature] * output[feature] + output[feature + 3] * output[feature + 3] - 1) < 1e-6)
        }
        let angle = Float(2 * Double.pi) * ((2 * 0.3 - 1) * 0.5 + (2 * 0.9 - 1) * 0.75)
        #expect(abs(output[0] - sin(angle)) < 1e-6)
    }

    /// `mask = logit > 0` (`Sam.mask_threshold`), zero itself excluded.
    @Test func masksThresholdLogitsAboveZero() {
        let output = SegmentorOutput(logits: Tensor(shape: [1, 1, 4], elements: [-1, 0, 1e-7, 3]), iou: [0.5])
        #expect(output.masks == [0, 0, 1, 1])
    }
}
