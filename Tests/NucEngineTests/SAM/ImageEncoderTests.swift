import Foundation
import NucIO
import Testing

@testable import NucEngine

@Suite struct ImageEncoderTests {}

extension ImageEncoderTests {
    /// The fixture image normalised as its manifest states: `(rgb − 255·mean) · float32(1 / (255·std))`, `[3, H, W]`.
    static func normalizedImage(_ fixture: SAMFixture) throws -> Tensor {
        let image = try ImageFile.readRGB(path: fixture.path("image.png"))
        let mean: [Float] = [0.485, 0.456, 0.406]
        let std: [Float] = [0.229, 0.224, 0.225]
        let pixels = image.height * image.width
        var elements = [Float](repeating: 0, count: 3 * pixels)
        for channel in 0..<3 {
            let offset = 255 * mean[channel]
            let scale = 1 / (255 * std[channel])
            for pixel in 0..<pixels {
                elements[channel * pixels + pixel] = (Float(image.samples[pixel * 3 + channel]) - offset) * scale
            }
        }
        return Tensor(shape: [3, image.height, image.width], elements: elements)
    }

    /// A channels-last reference `(16, 16, C)` flattened to `[256, C]`.
    static func tokens(_ tensor: Tensor) -> Tensor {
        tensor.reshaped([tensor.shape[0] * tensor.shape[1], tensor.shape[2]])
    }

    @Test(arguments: ["sam-tiny", "sam-tiny2"])
    func embeddingMatchesPyTorch(name: String) throws {
        let fixture = try SAMFixture(name)
        let weights = try fixture.weights()
        let encoder = try ImageEncoder(weights)
        let embedding = encoder(try Self.normalizedImage(fixture))
        let error = relativeError(embedding, try fixture.tensor("embedding.npy"))
        #expect(error < 1e-5, "\(name): max error \(error) relative to the largest magnitude")
    }

    @Test(arguments: ["sam-tiny", "sam-tiny2"])
    func everyStageMatchesPyTorchFromTheReferenceInput(name: String) throws {
        let fixture = try SAMFixture(name)
        let encoder = try ImageEncoder(try fixture.weights())
        let workspace = encoder.makeWorkspace()
        let count = encoder.config.tokenCount * encoder.config.embedDim
        func stream() -> Tensor {
            Tensor(
                shape: [encoder.config.tokenCount, encoder.config.embedDim],
                elements: Array(UnsafeBufferPointer(start: workspace.tokens, count: count)))
        }
        func load(_ file: String) throws {
            let tokens = try fixture.tensor(file)
            tokens.elements.withUnsafeBufferPointer { workspace.tokens.update(from: $0.baseAddress!, count: count) }
        }
        encoder.patchEmbedding.apply(try Self.normalizedImage(fixture), workspace: workspace)
        let withPositions = relativeError(
            stream(), Self.tokens(try fixture.tensor("intermediates/tokens_with_pos.npy")))
        #expect(withPositions < 5e-6, "patch + position embedding: \(withPositions)")
        let positions = relativeError(
            encoder.patchEmbedding.positions, Self.tokens(try fixture.tensor("intermediates/pos_embed_resized.npy")))
        #expect(positions < 1e-6, "resized pos_embed: \(positions)")
        var input = "intermediates/tokens_with_pos.npy"
        for (index, block) in encoder.blocks.enumerated() {
            try load(input)
            block.apply(workspace)
            input = "intermediates/block_\(index).npy"
            let error = relativeError(stream(), Self.tokens(try fixture.tensor(input)))
            #expect(error < 5e-6, "block \(index) (\(block.layout.windows.count) windows): \(error)")
        }
        try load(input)
        let neck = encoder.neck.apply(grid: encoder.config.gridSize, workspace: workspace)
        let reference = try fixture.tensor("intermediates/neck_3.npy")
        let channelsLast = Tensor(
            shape: neck.shape,
            elements: (0..<neck.count).map {
                reference.elements[($0 % neck.shape[1]) * neck.shape[0] + $0 / neck.shape[1]]
            })
        let error = relativeError(neck, channelsLast)
        #expect(error < 5e-6, "neck: \(error)")
    }

    @Test func resultsAreBitwiseEqualAtOneAndTwoThreads() throws {
        let config = SAMEncoderConfig(
            embedDim: 64, depth: 2, headDim: 32, mlpDim: 256, globalBlocks: [1], windowSize: 14, neckDim: 32)
        let encoder = try ImageEncoder(
            WeightStore(tensors: ImageEncoder.randomWeights(config: config, seed: 3), source: "random"))
        var random = RandomTensors(seed: 4)
        let image = random.tensor([3, 256, 256], scale: 2)
        let previous = GEMM.threadCount
        defer { GEMM.threadCount = previous }
        GEMM.threadCount = 1
        let single = encoder(image)
        GEMM.threadCount = 2
        let double = encoder(image)
        #expect(single == double)
        #expect(single.shape == [32, 16, 16])
    }
}
