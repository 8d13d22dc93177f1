import Testing

@testable import NucEngine

/// Layers against PyTorch 2.13 outputs in `Fixtures/ops` (see `OpsTestFixture`); error measure:
/// max |ours − torch| / max |torch|.
@Suite struct LayerParityTests {}

extension LayerParityTests {
    @Test func layerNormMatchesTorch() throws {
        let cases = try OpsTestFixture.cases(op: "layer_norm")
        #expect(cases.count == 2)
        for fixture in cases {
            let eps = fixture.params["eps"] as? Double ?? .nan
            let (weight, bias) = (fixture.inputs["weight"], fixture.inputs["bias"])
            let norm = LayerNorm(
                weight: weight ?? Tensor(zeros: [0]), bias: bias ?? Tensor(zeros: [0]), eps: Float(eps))
            let error = relativeError(norm(fixture.inputs["input"] ?? Tensor(zeros: [0])), fixture.output)
            #expect(error < 1e-6, "\(fixture.name): \(error)")
        }
    }

    @Test func geluMatchesTorch() throws {
        for fixture in try OpsTestFixture.cases(op: "gelu") {
            var values = fixture.inputs["input"] ?? Tensor(zeros: [0])
            GELU.apply(&values)
            let error = relativeError(values, fixture.output)
            #expect(error < 1e-6, "\(fixture.name): \(error)")
        }
    }

    @Test func softmaxMatchesTorch() throws {
        for fixture in try OpsTestFixture.cases(op: "softmax") {
            var values = fixture.inputs["input"] ?? Tensor(zeros: [0])
            let columns = values.shape.last ?? 0
            values.elements.withUnsafeMutableBufferPointer { buffer in
                Softmax.apply(buffer.baseAddress!, rows: buffer.count / columns, columns: columns, stride: columns)
            }
            let error = relativeError(values, fixture.output)
            #expect(error < 1e-6, "\(fixture.name): \(error)")
        }
    }

    @Test func linearMatchesTorch() throws {
        for fixture in try OpsTestFixture.cases(op: "linear") {
            let linear = Linear(
                weight: fixture.inputs["weight"] ?? Tensor(zeros: [0, 0]), bias: fixture.inputs["bias"])
            let error = relativeError(linear(fixture.inputs["input"] ?? Tensor(zeros: [0])), fixture.output)
            #expect(error < 1e-6, "\(fixture.name): \(error)")
        }
    }
}
