import Testing

@testable import NucEngine

@Suite struct TensorTests {}

extension TensorTests {
    @Test func stridesAreRowMajor() {
        #expect(Tensor(zeros: [2, 3, 4]).strides == [12, 4, 1])
        #expect(Tensor(zeros: []).strides == [])
        #expect(Tensor(zeros: []).count == 1)
    }

    @Test func reshapeKeepsElementOrder() {
        let tensor = Tensor(shape: [2, 3], elements: [1, 2, 3, 4, 5, 6])
        let reshaped = tensor.reshaped([3, 2])
        #expect(reshaped.shape == [3, 2])
        #expect(reshaped.elements == tensor.elements)
    }
}
