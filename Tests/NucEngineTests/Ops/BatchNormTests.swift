import Testing

@testable import NucEngine

@Suite struct BatchNormTests {}

extension BatchNormTests {
    @Test func matchesTorchBatchNormInEvalModeBitForBit() throws {
        let cases = try OpsTestFixture.cases(op: "batch_norm")
        #expect(cases.count == 1)
        for fixture in cases {
            let norm = BatchNorm(
                runningMean: try fixture.input("running_mean"), runningVariance: try fixture.input("running_var"),
                weight: try fixture.input("weight"), bias: try fixture.input("bias"),
                epsilon: Float(fixture.params["eps"] as? Double ?? 0))
            let ours = norm(try fixture.input("input"))
            #expect(ours == fixture.output, "\(fixture.name): relative error \(opsRelativeError(ours, fixture.output))")
        }
    }

    @Test func foldsStatisticsIntoScaleAndOffset() {
        // var 3.99999 + eps 1e-5 = 4 → scale 2/2 = 1; offset 5 − 1·1 = 4.
        let norm = BatchNorm(
            runningMean: Tensor(shape: [1], elements: [1]), runningVariance: Tensor(shape: [1], elements: [3.99999]),
            weight: Tensor(shape: [1], elements: [2]), bias: Tensor(shape: [1], elements: [5]))
        #expect(norm(Tensor(shape: [1, 1, 2], elements: [1, 3])).elements == [5, 7])
    }
}
