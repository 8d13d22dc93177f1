import Testing

@testable import NucEngine

@Suite struct ReLUTests {}

extension ReLUTests {
    @Test func zeroesNegativesAndKeepsTheRest() {
        var x = Tensor(shape: [5], elements: [-2, -0.5, 0, 0.5, .infinity])
        ReLU.apply(&x)
        #expect(x.elements == [0, 0, 0, 0.5, .infinity])
        var nan = Tensor(shape: [1], elements: [.nan])
        ReLU.apply(&nan)
        #expect(nan.elements[0].isNaN)
    }
}
