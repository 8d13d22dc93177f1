import Testing

@testable import NucEngine

@Suite struct ChannelLayerNormTests {}

extension ChannelLayerNormTests {
    @Test func matchesSegmentAnythingLayerNorm2d() throws {
        let cases = try OpsTestFixture.cases(op: "layer_norm2d")
        #expect(cases.count == 1)
        for fixture in cases {
            let norm = ChannelLayerNorm(
                weight: try fixture.input("weight"), bias: try fixture.input("bias"),
                epsilon: Float(fixture.params["eps"] as? Double ?? 0))
            let ours = norm(try fixture.input("input"))
            let error = opsRelativeError(ours, fixture.output)
            #expect(error <= 1e-6, "\(fixture.name): relative error \(error)")
        }
    }

    @Test func matchesFunctionalLayerNormOverChannels() throws {
        // timm's ConvNeXt LayerNorm2d is F.layer_norm on the channels-last view: the `layer_norm`
        // fixtures are rows × C, i.e. a [C, 1, rows] map once transposed.
        let cases = try OpsTestFixture.cases(op: "layer_norm")
        #expect(cases.count == 2)
        for fixture in cases {
            let input = try fixture.input("input")
            let channels = input.shape[input.rank - 1]
            let rows = input.count / channels
            let norm = ChannelLayerNorm(
                weight: try fixture.input("weight"), bias: try fixture.input("bias"),
                epsilon: Float(fixture.params["eps"] as? Double ?? 0))
            let output = norm(transposed(input, rows: rows, columns: channels).reshaped([channels, 1, rows]))
            let ours = transposed(output, rows: channels, columns: rows).reshaped(input.shape)
            let error = opsRelativeError(ours, fixture.output)
            #expect(error <= 1e-6, "\(fixture.name): relative error \(error)")
        }
    }

    @Test func normalisesEachPixelOverItsChannels() {
        // Pixel 0 has channels (1, 3): mean 2, variance 1 → (−1, 1). Pixel 1 is constant → 0 + bias.
        let norm = ChannelLayerNorm(
            weight: Tensor(shape: [2], elements: [1, 2]), bias: Tensor(shape: [2], elements: [0, 10]), epsilon: 0)
        let output = norm(Tensor(shape: [2, 1, 2], elements: [1, 5, 3, 5]))
        #expect(output.elements[0] == -1 && output.elements[2] == 12)
        #expect(output.elements[1].isNaN && output.elements[3].isNaN)
    }

    /// The rows × columns matrix of `tensor`'s elements, transposed.
    private func transposed(_ tensor: Tensor, rows: Int, columns: Int) -> Tensor {
        var elements = [Float](repeating: 0, count: rows * columns)
        for row in 0..<rows {
            for column in 0..<columns { elements[column * rows + row] = tensor.elements[row * columns + column] }
        }
        return Tensor(shape: [columns, rows], elements: elements)
    }
}
