import Foundation
import Testing

@testable import NucEngine

@Suite struct ImageEncoderBlockTests {}

/// A literal double-precision SAM ViT block: zero padding after `norm1`, every window slot
/// (padded ones included) as query and key, then crop — the computation the pad-aware engine
/// must reproduce.
private struct ReferenceBlock {
    let tensors: [String: Tensor]
    let prefix: String
    let width: Int
    let heads: Int
    let window: Int?
    let grid = 16

    func values(_ key: String) -> [Double] { tensors[prefix + key]?.elements.map(Double.init) ?? [] }

    func layerNorm(_ x: [Double], _ key: String) -> [Double] {
        let (gamma, beta) = (values(key + ".weight"), values(key + ".bias"))
        return stride(from: 0, to: x.count, by: width).flatMap { start -> [Double] in
            let row = x[start..<(start + width)]
            let mean = row.reduce(0, +) / Double(width)
            let variance = row.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(width)
            return row.enumerated().map {
                ($0.element - mean) / (variance + 1e-6).squareRoot() * gamma[$0.offset] + beta[$0.offset]
            }
        }
    }

    func linear(_ x: [Double], _ key: String, inputs: Int) -> [Double] {
        let (weight, bias) = (values(key + ".weight"), values(key + ".bias"))
        let outputs = bias.count
        return stride(from: 0, to: x.count, by: inputs).flatMap { start in
            (0..<outputs).map { o in
                var sum = bias[o]
                for i in 0..<inputs { sum += x[start + i] * weight[o * inputs + i] }
                return sum
            }
        }
    }

    /// `get_rel_pos` for equal query and key sizes: linear resize (align_corners=False) when needed.
    func table(_ key: String, side: Int) -> [[Double]] {
        let stored = values(key)
        let headDim = width / heads
        let length = stored.count / headDim
        let rows = 2 * side - 1
        return (0..<rows).map { row in
            guard length != rows else { return Array(stored[(row * headDim)..<((row + 1) * headDim)]) }
            let source = max((Double(row) + 0.5) * Double(length) / Double(rows) - 0.5, 0)
            let lower = Int(source)
            let upper = min(lower + 1, length - 1)
            let lambda = source - Double(lower)
            return (0..<headDim).map {
                (1 - lambda) * stored[lower * headDim + $0] + lambda * stored[upper * headDim + $0]
            }
        }
    }

    func callAsFunction(_ x: [Double]) -> [Double] {
        let side = window ?? grid
        let padded = (grid + side - 1) / side * side
        let normed = layerNorm(x, ".norm1")
        var attention = [Double](repeating: 0, count: x.count)
        let (heightTable, widthTable) = (table(".attn.rel_pos_h", side: side), table(".attn.rel_pos_w", side: side))
        let headDim = width / heads
        for top in stride(from: 0, to: padded, by: side) {
            for left in stride(from: 0, to: padded, by: side) {
                var input: [Double] = []
                for y in 0..<side {
                    for x in 0..<side {
                        let (row, column) = (top + y, left + x)
                        let real = row < grid && column < grid
                        input +=
                            real
                            ? Array(normed[((row * grid + column) * width)..<((row * grid + column + 1) * width)])
                            : [Double](repeating: 0, count: width)
                    }
                }
                let qkv = linear(input, ".attn.qkv", inputs: width)
                var mixed = [Double](repeating: 0, count: side * side * width)
                for head in 0..<heads {
                    for i in 0..<(side * side) {
                        let q = Array(qkv[(i * 3 * width + head * headDim)..<(i * 3 * width + (head + 1) * headDim)])
                        var scores = [Double](repeating: 0, count: side * side)
                        for j in 0..<(side * side) {
                            let k = qkv[(j * 3 * width + width + head * headDim)...]
                            var score = 0.0
                            for c in 0..<headDim { score += q[c] / Double(headDim).squareRoot() * k[k.startIndex + c] }
                            let h = heightTable[i / side - j / side + side - 1]
                            let w = widthTable[i % side - j % side + side - 1]
                            for c in 0..<headDim { score += q[c] * h[c] + q[c] * w[c] }
                            scores[j] = score
                        }
                        let top = scores.max() ?? 0
                        let exps = scores.map { Foundation.exp($0 - top) }
                        let total = exps.reduce(0, +)
                        for j in 0..<(side * side) {
                            for c in 0..<headDim {
                                mixed[i * width + head * headDim + c] +=
                                    exps[j] / total * qkv[j * 3 * width + 2 * width + head * headDim + c]
                            }
                        }
                    }
                }
                let projected = linear(mixed, ".attn.proj", inputs: width)
                for y in 0..<side where top + y < grid {
                    for x in 0..<side where left + x < grid {
                        for c in 0..<width {
                            attention[((top + y) * grid + left + x) * width + c] = projected[(y * side + x) * width + c]
                        }
                    }
                }
            }
        }
        let afterAttention = zip(x, attention).map { $0 + $1 }
        let hidden = linear(layerNorm(afterAttention, ".norm2"), ".mlp.lin1", inputs: width).map {
            $0 * 0.5 * (1 + Foundation.erf($0 / 2.0.squareRoot()))
        }
        let mlp = linear(hidden, ".mlp.lin2", inputs: hidden.count / (grid * grid))
        return zip(afterAttention, mlp).map { $0 + $1 }
    }
}

extension ImageEncoderBlockTests {
    @Test(arguments: [5, 14, 16])
    func padAwareBlocksMatchTheLiteralPaddedComputation(window: Int) throws {
        let config = SAMEncoderConfig(
            embedDim: 8, depth: 2, headDim: 4, mlpDim: 16, globalBlocks: [1], windowSize: window, neckDim: 4)
        let tensors = ImageEncoder.randomWeights(config: config, seed: UInt64(window), scale: 20)
        let store = WeightStore(tensors: tensors, source: "random")
        let encoder = try ImageEncoder(store)
        try store.finish()
        #expect(encoder.config == config)
        var random = RandomTensors(seed: 99)
        let input = random.tensor([256, 8], scale: 2)
        for (index, block) in encoder.blocks.enumerated() {
            let workspace = encoder.makeWorkspace()
            input.elements.withUnsafeBufferPointer { workspace.tokens.update(from: $0.baseAddress!, count: $0.count) }
            block.apply(workspace)
            let output = Array(UnsafeBufferPointer(start: workspace.tokens, count: input.count))
            let reference = ReferenceBlock(
                tensors: tensors, prefix: "image_encoder.blocks.\(index)", width: 8, heads: 2,
                window: config.globalBlocks.contains(index) ? nil : window)
            let error = maxDifference(output, reference(input.elements.map(Double.init)))
            #expect(error < 2e-5, "window \(window), block \(index): \(error)")
        }
    }
}
