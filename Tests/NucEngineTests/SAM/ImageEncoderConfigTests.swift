import Testing

@testable import NucEngine

@Suite struct ImageEncoderConfigTests {}

extension ImageEncoderConfigTests {
    @Test func everySizeIsReadFromTensorShapes() throws {
        let config = SAMEncoderConfig(
            embedDim: 12, depth: 3, headDim: 4, mlpDim: 20, globalBlocks: [0, 2], windowSize: 7, neckDim: 6)
        #expect(config.heads == 3 && config.gridSize == 16 && config.tokenCount == 256 && config.patchValues == 768)
        let store = WeightStore(tensors: ImageEncoder.randomWeights(config: config, seed: 1), source: "m.pth")
        #expect(try SAMEncoderConfig.inferred(from: store) == config)
    }

    @Test func vitBIsTheSpecsBaseShape() {
        let config = ImageEncoder.vitB
        #expect(
            [config.embedDim, config.depth, config.heads, config.headDim, config.mlpDim] == [768, 12, 12, 64, 3072])
        #expect(config.globalBlocks == [2, 5, 8, 11] && config.windowSize == 14 && config.neckDim == 256)
    }

    @Test func aMissingDefiningTensorIsNamed() {
        let config = SAMEncoderConfig(
            embedDim: 8, depth: 1, headDim: 4, mlpDim: 8, globalBlocks: [], windowSize: 14, neckDim: 4)
        var tensors = ImageEncoder.randomWeights(config: config, seed: 1)
        tensors["image_encoder.neck.0.weight"] = nil
        #expect(throws: InputError("no image-encoder tensor image_encoder.neck.0.weight", file: "m.pth")) {
            try SAMEncoderConfig.inferred(from: WeightStore(tensors: tensors, source: "m.pth"))
        }
    }

    @Test func windowedBlocksMustAgreeOnTheirTableLength() {
        let config = SAMEncoderConfig(
            embedDim: 8, depth: 2, headDim: 4, mlpDim: 8, globalBlocks: [], windowSize: 14, neckDim: 4)
        var tensors = ImageEncoder.randomWeights(config: config, seed: 1)
        tensors["image_encoder.blocks.1.attn.rel_pos_h"] = Tensor(zeros: [9, 4])
        #expect(
            throws: InputError(
                "windowed blocks disagree on rel_pos_h rows [9, 27]; expected one odd count 2·window − 1", file: "m.pth"
            )
        ) { try SAMEncoderConfig.inferred(from: WeightStore(tensors: tensors, source: "m.pth")) }
    }

    @Test func aMisshapedTensorIsReportedByTheStore() throws {
        let config = SAMEncoderConfig(
            embedDim: 8, depth: 1, headDim: 4, mlpDim: 8, globalBlocks: [], windowSize: 14, neckDim: 4)
        var tensors = ImageEncoder.randomWeights(config: config, seed: 1)
        tensors["image_encoder.blocks.0.attn.proj.bias"] = Tensor(zeros: [7])
        let store = WeightStore(tensors: tensors, source: "m.pth")
        _ = try ImageEncoder(store)
        #expect(
            throws: InputError(
                "mis-shaped keys: image_encoder.blocks.0.attn.proj.bias: found [7], expected [8]", file: "m.pth")
        ) { try store.finish() }
    }
}
