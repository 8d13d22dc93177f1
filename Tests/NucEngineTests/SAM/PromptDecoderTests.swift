import Testing

@testable import NucEngine

@Suite struct PromptDecoderTests {}

extension PromptDecoderTests {
    /// The decoder alone, fed the reference embedding: sparse embeddings, dense PE, 64×64 logits,
    /// 256×256 logits and IoU against segment-anything 1.0 in PyTorch 2.13 (bound 1e-4 relative to
    /// the largest magnitude; IoU 1e-4 absolute).
    @Test(arguments: ["sam-tiny", "sam-tiny2"])
    func decoderMatchesTheReference(fixture name: String) throws {
        let fixture = try SAMFixture(name)
        let store = try fixture.weights()
        let config = try MaskDecoderConfig(inferringFrom: store, heads: fixture.decoderHeads)
        let decoder = PromptDecoder(store, config: config, imageSize: 256, gridSize: 16)
        let prompts = try fixture.prompts()

        let densePE = try fixture.tensor("intermediates/dense_pe.npy")
        let ourPE = decoder.promptEncoder.densePositionalEncoding
        #expect(relativeError(transposed(ourPE, rows: 256), densePE.reshaped([config.dimension, 256])) < 1e-5)
        for (index, prompt) in prompts.enumerated() {
            let sparse = decoder.promptEncoder.sparseEmbeddings(of: [prompt])
            let reference = try fixture.tensor("intermediates/sparse_embeddings_\(index).npy")
            #expect(relativeError(sparse.reshaped(reference.shape), reference) < 1e-5, "prompt \(index)")
        }

        let output = decoder.decode(embedding: try fixture.tensor("embedding.npy"), prompts: prompts, chunkSize: 4)
        let logits = try fixture.tensor("logits.npy")
        let iou = try fixture.tensor("iou.npy")
        let logitError = relativeError(output.logits, logits)
        #expect(logitError < 1e-4)
        #expect(zip(output.iou, iou.elements).allSatisfy { abs($0 - $1) < 1e-4 })
        print("\(name): decoder logits relative error \(logitError), IoU \(output.iou) vs \(iou.elements)")
    }
}

extension PromptDecoderTests {
    /// The key table lists exactly what the decoder binds (a strict `finish()` passes), and the
    /// sizes inferred back from it are the ones it was made from.
    @Test func theKeyTableIsWhatTheDecoderBinds() throws {
        let tiny = MaskDecoderConfig(
            dimension: 48, heads: 8, depth: 1, mlpDimension: 40, attentionDownsampleRate: 2, maskTokenCount: 4,
            iouHiddenDimension: 24, iouHeadDepth: 3)
        for config in [SAMConfig.samDecoder, tiny] {
            let shapes = PromptDecoder.tensorShapes(config: config)
            let store = WeightStore(
                tensors: Dictionary(uniqueKeysWithValues: shapes.map { ($0.key, Tensor(zeros: $0.shape)) }),
                source: "table")
            #expect(try MaskDecoderConfig(inferringFrom: store) == config)
            _ = PromptDecoder(store, config: config, imageSize: 256, gridSize: 16)
            try store.finish()
        }
    }

    /// Prompts are independent: decoding in chunks of one gives the batched result.
    @Test func chunkingDoesNotChangeResults() throws {
        let fixture = try SAMFixture("sam-tiny")
        let store = try fixture.weights()
        let config = try MaskDecoderConfig(inferringFrom: store, heads: fixture.decoderHeads)
        let decoder = PromptDecoder(store, config: config, imageSize: 256, gridSize: 16)
        let embedding = try fixture.tensor("embedding.npy")
        let prompts = try fixture.prompts() + fixture.prompts()
        let batched = decoder.decode(embedding: embedding, prompts: prompts)
        let single = decoder.decode(embedding: embedding, prompts: prompts, chunkSize: 1)
        #expect(relativeError(single.logits, batched.logits) < 1e-5)
        #expect(zip(single.iou, batched.iou).allSatisfy { abs($0 - $1) < 1e-5 })
    }
}

/// A (rows, columns) matrix transposed to (columns, rows).
func transposed(_ matrix: Tensor, rows: Int) -> Tensor {
    let columns = matrix.count / rows
    var elements = [Float](repeating: 0, count: matrix.count)
    for row in 0..<rows {
        for column in 0..<columns { elements[column * rows + row] = matrix.elements[row * columns + column] }
    }
    return Tensor(shape: [columns, rows], elements: elements)
}
