import Testing

@testable import NucEngine

@Suite struct LinearTests {}

extension LinearTests {
    @Test func productAndBiasMatchSchoolbookSums() {
        let linear = Linear(
            weight: Tensor(shape: [2, 3], elements: [1, 2, 3, 4, 5, 6]), bias: Tensor(shape: [2], elements: [10, 20]))
        let output = linear(Tensor(shape: [2, 1, 3], elements: [1, 0, -1, 2, 1, 0]))
        #expect(output.shape == [2, 1, 2])
        #expect(output.elements == [8, 18, 14, 33])
    }

    @Test func withoutBiasTheOutputIsOverwritten() throws {
        let store = WeightStore(tensors: ["l.weight": Tensor(shape: [1, 2], elements: [1, 1])], source: "m.pth")
        let linear = Linear(store, prefix: "l", inputs: 2, outputs: 1, hasBias: false)
        try store.finish()
        var output: [Float] = [99, 99]
        output.withUnsafeMutableBufferPointer { out in
            linear.apply(rows: 2, input: [1, 2, 3, 4], inputStride: 2, output: out.baseAddress!, outputStride: 1)
        }
        #expect(output == [3, 7])
    }
}
