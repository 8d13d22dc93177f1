import Testing

@testable import NucEngine

@Suite struct DepthwiseConvolutionTests {}

extension DepthwiseConvolutionTests {
    @Test func matchesTorchDepthwiseConv2d() throws {
        let cases = try OpsTestFixture.cases(op: "conv2d").filter { $0.int("groups") > 1 }
        #expect(cases.count == 2)
        for fixture in cases {
            let input = try fixture.input("input")
            let convolution = DepthwiseConvolution(
                weight: try fixture.input("weight"), bias: fixture.inputs["bias"], padding: fixture.int("padding"))
            let images = (0..<input.shape[0]).map { convolution(opsSlice(input, $0)) }
            let ours = Tensor(shape: fixture.output.shape, elements: images.flatMap(\.elements))
            let error = opsRelativeError(ours, fixture.output)
            #expect(error <= 1e-5, "\(fixture.name): relative error \(error)")
        }
    }

    @Test func vectorAndScalarColumnsSumInTheSameOrder() {
        // 47 columns = 16 + 16 + 8 + 4 + 3: every vector width and the scalar tail, all summing
        // bias + Σ_ky Σ_kx in the same order.
        let (channels, height, width) = (3, 9, 47)
        let input = Tensor(
            shape: [channels, height, width],
            elements: (0..<(channels * height * width)).map { Float($0 % 23) / 7 - 1.5 })
        let weight = Tensor(
            shape: [channels, 1, 7, 7], elements: (0..<(channels * 49)).map { Float($0 % 13) / 9 - 0.6 })
        let bias = Tensor(shape: [channels], elements: [0.25, -0.5, 1])
        let output = DepthwiseConvolution(weight: weight, bias: bias, padding: 3)(input)
        var expected = [Float]()
        for channel in 0..<channels {
            for row in 0..<height {
                for column in 0..<width {
                    var sum = bias.elements[channel]
                    for ky in 0..<7 {
                        for kx in 0..<7 {
                            let (y, x) = (row + ky - 3, column + kx - 3)
                            let value =
                                (0..<height).contains(y) && (0..<width).contains(x)
                                ? input.elements[(channel * height + y) * width + x] : 0
                            sum += weight.elements[channel * 49 + ky * 7 + kx] * value
                        }
                    }
                    expected.append(sum)
                }
            }
        }
        #expect(output == Tensor(shape: [channels, height, width], elements: expected))
    }
}
