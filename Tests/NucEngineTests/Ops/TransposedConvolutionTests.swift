import Testing

@testable import NucEngine

@Suite struct TransposedConvolutionTests {}

extension TransposedConvolutionTests {
    @Test func matchesTorchConvTranspose2dOnABatch() throws {
        let cases = try OpsTestFixture.cases(op: "conv_transpose2d")
        #expect(cases.count == 2)
        var scratch = ConvolutionScratch()
        for fixture in cases {
            let layer = TransposedConvolution(weight: try fixture.input("weight"), bias: fixture.inputs["bias"])
            let input = try fixture.input("input")
            let ours = layer(input, scratch: &scratch)
            let error = opsRelativeError(ours, fixture.output)
            #expect(error <= 1e-5, "\(fixture.name): relative error \(error)")
            #expect(layer(opsSlice(input, 1), scratch: &scratch) == opsSlice(ours, 1))
        }
    }

    @Test func eachInputPixelFillsItsOwnBlock() {
        // One input channel, one output channel, kernel [[1, 2], [3, 4]], bias 10.
        let layer = TransposedConvolution(
            weight: Tensor(shape: [1, 1, 2, 2], elements: [1, 2, 3, 4]), bias: Tensor(shape: [1], elements: [10]))
        var scratch = ConvolutionScratch()
        let output = layer(Tensor(shape: [1, 1, 2], elements: [1, -1]), scratch: &scratch)
        #expect(output.shape == [1, 2, 4])
        #expect(output.elements == [11, 12, 9, 8, 13, 14, 7, 6])
    }
}
