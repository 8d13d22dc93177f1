import Testing

@testable import NucEngine

@Suite struct ConvolutionTests {}

extension ConvolutionTests {
    @Test func matchesTorchConv2dWithinTheGEMMBound() throws {
        let cases = try OpsTestFixture.cases(op: "conv2d").filter { $0.int("groups") == 1 }
        #expect(cases.count == 12)
        var scratch = ConvolutionScratch()
        for fixture in cases {
            let input = try fixture.input("input")
            let convolution = Convolution(
                weight: try fixture.input("weight"), bias: fixture.inputs["bias"], stride: fixture.int("stride"),
                padding: fixture.int("padding"))
            let images = (0..<input.shape[0]).map { convolution(opsSlice(input, $0), scratch: &scratch) }
            let ours = Tensor(shape: fixture.output.shape, elements: images.flatMap(\.elements))
            let error = opsRelativeError(ours, fixture.output)
            #expect(error <= 1e-5, "\(fixture.name): relative error \(error)")
        }
    }

    @Test func reusedScratchGivesTheSameResultAsAFreshOne() {
        let large = Tensor(shape: [2, 6, 7], elements: (0..<84).map { Float($0 % 11) - 5 })
        let small = Tensor(shape: [2, 3, 4], elements: (0..<24).map { Float($0 % 7) - 3 })
        let convolution = Convolution(
            weight: Tensor(shape: [3, 2, 3, 3], elements: (0..<54).map { Float($0 % 5) / 4 - 0.5 }),
            bias: Tensor(shape: [3], elements: [0.5, -1, 2]), stride: 2, padding: 1)
        var shared = ConvolutionScratch()
        _ = convolution(large, scratch: &shared)
        var fresh = ConvolutionScratch()
        #expect(convolution(small, scratch: &shared) == convolution(small, scratch: &fresh))
    }

    @Test func aOneByOneKernelWithPaddingLeavesTheBiasOnTheRing() {
        // The PromptNucSeg mask head's quirk: 1×1 conv with padding 1 makes (H+2)×(W+2), ring = bias.
        let convolution = Convolution(
            weight: Tensor(shape: [1, 1, 1, 1], elements: [2]), bias: Tensor(shape: [1], elements: [7]), padding: 1)
        var scratch = ConvolutionScratch()
        let output = convolution(Tensor(shape: [1, 1, 2], elements: [1, 3]), scratch: &scratch)
        #expect(output.shape == [1, 3, 4])
        #expect(output.elements == [7, 7, 7, 7, 7, 9, 13, 7, 7, 7, 7, 7])
    }
}

extension ConvolutionTests {
    @Test func bandsOfOutputRowsGiveTheSameResult() {
        let input = Tensor(shape: [4, 11, 9], elements: (0..<396).map { Float($0 % 17) / 8 - 1 })
        let weight = Tensor(shape: [5, 4, 3, 3], elements: (0..<180).map { Float($0 % 7) / 5 - 0.6 })
        let bias = Tensor(shape: [5], elements: [1, 2, 3, 4, 5])
        let whole = Convolution(weight: weight, bias: bias, stride: 1, padding: 1)
        // 36 rows × 9 columns per output row: a budget of 700 floats unfolds two rows per band. The
        // narrower GEMMs may round differently (OpenBLAS edge kernels), hence a bound, not equality.
        let banded = Convolution(weight: weight, bias: bias, stride: 1, padding: 1, columnBudget: 700)
        var scratch = ConvolutionScratch()
        let expected = whole(input, scratch: &scratch)
        let output = banded(input, scratch: &scratch)
        #expect(opsRelativeError(output, expected) <= 1e-6)
    }
}
