import Testing

@testable import NucEngine

@Suite struct LayerNormTests {}

extension LayerNormTests {
    @Test func rowsMatchTheDoublePrecisionDefinition() {
        for dim in [5, 16, 48, 77] {
            var random = RandomTensors(seed: UInt64(dim))
            let input = random.tensor([4, dim], scale: 3)
            let norm = LayerNorm(weight: random.tensor([dim]), bias: random.tensor([dim]), eps: 1e-6)
            let output = norm(input)
            var expected: [Double] = []
            for row in 0..<4 {
                let x = input.elements[(row * dim)..<((row + 1) * dim)].map(Double.init)
                let mean = x.reduce(0, +) / Double(dim)
                let variance = x.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(dim)
                for (index, value) in x.enumerated() {
                    expected.append(
                        (value - mean) / (variance + 1e-6).squareRoot() * Double(norm.weight.elements[index])
                            + Double(norm.bias.elements[index]))
                }
            }
            #expect(output.shape == [4, dim])
            #expect(maxDifference(output.elements, expected) < 2e-6, "dim \(dim)")
        }
    }

    @Test func bindsWeightAndBiasByKey() throws {
        let store = WeightStore(
            tensors: [
                "n.weight": Tensor(shape: [2], elements: [2, 2]), "n.bias": Tensor(shape: [2], elements: [1, 1]),
            ],
            source: "m.pth")
        let norm = LayerNorm(store, prefix: "n", dim: 2, eps: 0)
        try store.finish()
        #expect(norm(Tensor(shape: [1, 2], elements: [3, 5])).elements == [-1, 3])
    }
}
