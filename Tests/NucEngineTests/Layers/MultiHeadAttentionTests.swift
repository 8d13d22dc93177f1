import Foundation
import Testing

@testable import NucEngine

@Suite struct MultiHeadAttentionTests {}

extension MultiHeadAttentionTests {
    /// Naive double-precision SAM `Attention.forward` for one batch item.
    private func reference(
        _ attention: MultiHeadAttention, queries: [Float], keys: [Float], values: [Float], dim: Int
    ) -> [Double] {
        func project(_ linear: Linear, _ x: [Float]) -> [Double] {
            let rows = x.count / linear.inputs
            return (0..<(rows * linear.outputs)).map { index in
                let (row, out) = (index / linear.outputs, index % linear.outputs)
                var sum = Double(linear.bias?.elements[out] ?? 0)
                for i in 0..<linear.inputs {
                    sum += Double(x[row * linear.inputs + i]) * Double(linear.weight.elements[out * linear.inputs + i])
                }
                return sum
            }
        }
        let q = project(attention.queryProjection, queries)
        let k = project(attention.keyProjection, keys)
        let v = project(attention.valueProjection, values)
        let (inner, width) = (attention.internalDim, attention.headDim)
        let (queryCount, keyCount) = (q.count / inner, k.count / inner)
        var mixed = [Double](repeating: 0, count: queryCount * inner)
        for head in 0..<attention.heads {
            let base = head * width
            for i in 0..<queryCount {
                var scores = [Double](repeating: 0, count: keyCount)
                for j in 0..<keyCount {
                    var dot = 0.0
                    for c in 0..<width { dot += q[i * inner + base + c] * k[j * inner + base + c] }
                    scores[j] = dot / Double(width).squareRoot()
                }
                let top = scores.max() ?? 0
                let weights = scores.map { Foundation.exp($0 - top) }
                let total = weights.reduce(0, +)
                for c in 0..<width {
                    var sum = 0.0
                    for j in 0..<keyCount { sum += weights[j] / total * v[j * inner + base + c] }
                    mixed[i * inner + base + c] = sum
                }
            }
        }
        let out = attention.outputProjection
        return (0..<(queryCount * dim)).map { index in
            let (row, o) = (index / dim, index % dim)
            var sum = Double(out.bias?.elements[o] ?? 0)
            for i in 0..<inner { sum += mixed[row * inner + i] * Double(out.weight.elements[o * inner + i]) }
            return sum
        }
    }

    private func randomAttention(dim: Int, heads: Int, downsampleRate: Int, seed: UInt64) -> MultiHeadAttention {
        var random = RandomTensors(seed: seed)
        let inner = dim / downsampleRate
        var tensors: [String: Tensor] = [:]
        for name in ["q_proj", "k_proj", "v_proj"] {
            tensors["a.\(name).weight"] = random.tensor([inner, dim], scale: 0.5)
            tensors["a.\(name).bias"] = random.tensor([inner], scale: 0.5)
        }
        tensors["a.out_proj.weight"] = random.tensor([dim, inner], scale: 0.5)
        tensors["a.out_proj.bias"] = random.tensor([dim], scale: 0.5)
        let store = WeightStore(tensors: tensors, source: "random")
        return MultiHeadAttention(store, prefix: "a", dim: dim, heads: heads, downsampleRate: downsampleRate)
    }

    @Test func batchedHeadsMatchTheNaiveDefinition() {
        let attention = randomAttention(dim: 8, heads: 2, downsampleRate: 2, seed: 1)
        var random = RandomTensors(seed: 2)
        let queries = random.tensor([3, 5, 8])
        let keys = random.tensor([3, 6, 8])
        let values = random.tensor([3, 6, 8])
        let output = attention(queries: queries, keys: keys, values: values)
        #expect(output.shape == [3, 5, 8])
        for b in 0..<3 {
            let expected = reference(
                attention, queries: Array(queries.elements[(b * 40)..<((b + 1) * 40)]),
                keys: Array(keys.elements[(b * 48)..<((b + 1) * 48)]),
                values: Array(values.elements[(b * 48)..<((b + 1) * 48)]), dim: 8)
            #expect(maxDifference(Array(output.elements[(b * 40)..<((b + 1) * 40)]), expected) < 1e-5)
        }
    }

    @Test func aSingleKeyBatchIsSharedByEveryQueryBatch() {
        let attention = randomAttention(dim: 6, heads: 3, downsampleRate: 1, seed: 3)
        var random = RandomTensors(seed: 4)
        let queries = random.tensor([2, 4, 6])
        let keys = random.tensor([1, 5, 6])
        let values = random.tensor([1, 5, 6])
        let output = attention(queries: queries, keys: keys, values: values)
        for b in 0..<2 {
            let expected = reference(
                attention, queries: Array(queries.elements[(b * 24)..<((b + 1) * 24)]), keys: keys.elements,
                values: values.elements, dim: 6)
            #expect(maxDifference(Array(output.elements[(b * 24)..<((b + 1) * 24)]), expected) < 1e-5)
        }
    }
}
