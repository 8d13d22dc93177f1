import Testing

@testable import NucEngine

@Suite struct MaskDecoderTests {}

extension MaskDecoderTests {
    /// Block by block against the reference intermediates (segment-anything 1.0 in PyTorch 2.13,
    /// `make_sam_fixtures.py`): the read-out transformer tokens (IoU token, mask token 0) of every
    /// prompt, image tokens and upscaled
    /// features of prompt 0, and the 64×64 logits; each within 1e-5 relative to its largest magnitude.
    @Test(arguments: ["sam-tiny", "sam-tiny2"])
    func blocksMatchTheReference(fixture name: String) throws {
        let fixture = try SAMFixture(name)
        let store = try fixture.weights()
        let config = try MaskDecoderConfig(inferringFrom: store, heads: fixture.decoderHeads)
        let decoder = PromptDecoder(store, config: config, imageSize: 256, gridSize: 16)
        let maskDecoder = decoder.maskDecoder
        let context = MaskDecoderImageContext(
            embedding: try fixture.tensor("embedding.npy"), promptEncoder: decoder.promptEncoder,
            firstBlock: maskDecoder.transformer.layers[0])
        let workspace = MaskDecoderWorkspace(capacity: 1, cells: context.cells, config: config)
        let lowResolution = try fixture.tensor("intermediates/low_res_logits.npy")
        let plane = 64 * 64
        for (index, prompt) in try fixture.prompts().enumerated() {
            let sparse = decoder.promptEncoder.sparseEmbeddings(of: [prompt])
            let tokens = Tensor(
                shape: [1, config.outputTokenCount + sparse.shape[1], config.dimension],
                elements: maskDecoder.outputTokens.elements + sparse.elements)
            let processed = maskDecoder.transformer(tokens: tokens, context: context, workspace: workspace)
            let allTokens = try fixture.tensor("intermediates/decoder_tokens_\(index).npy")
            let readout = Tensor(
                shape: [2, config.dimension], elements: Array(allTokens.elements[0..<(2 * config.dimension)]))
            #expect(
                relativeError(processed.reshaped([2, config.dimension]), readout) < 1e-5, "tokens of prompt \(index)")
            if index == 0 {
                let image = Tensor(
                    shape: [context.cells, config.dimension],
                    elements: Array(UnsafeBufferPointer(start: workspace.keys, count: context.cells * config.dimension))
                )
                #expect(relativeError(image, try fixture.tensor("intermediates/decoder_src_0.npy")) < 1e-5)
                maskDecoder.upscaling.apply(images: 1, side: context.side, workspace: workspace)
                let channels = config.maskFeatureChannels
                let upscaled = Tensor(
                    shape: [plane, channels],
                    elements: Array(UnsafeBufferPointer(start: workspace.keys, count: plane * channels)))
                let expected = try fixture.tensor("intermediates/upscaled_0.npy").reshaped([channels, plane])
                #expect(relativeError(transposed(upscaled, rows: plane), expected) < 1e-5)
            }
            let decoded = maskDecoder(sparse: sparse, context: context, workspace: workspace)
            let expected = Tensor(
                shape: [1, 64, 64], elements: Array(lowResolution.elements[(index * plane)..<((index + 1) * plane)]))
            #expect(relativeError(decoded.logits, expected) < 1e-5, "64×64 logits of prompt \(index)")
        }
    }
}
