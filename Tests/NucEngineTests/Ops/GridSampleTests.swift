import Testing

@testable import NucEngine

@Suite struct GridSampleTests {}

extension GridSampleTests {
    @Test func matchesTorchGridSampleBitForBit() throws {
        let cases = try OpsTestFixture.cases(op: "grid_sample")
        #expect(cases.count == 2)
        for fixture in cases {
            let (input, grid) = (try fixture.input("input"), try fixture.input("grid"))
            var samples: [Float] = []
            for image in 0..<input.shape[0] {
                let coordinates = opsSlice(grid, image).elements
                let points = (0..<(coordinates.count / 2)).map { (x: coordinates[2 * $0], y: coordinates[2 * $0 + 1]) }
                samples += GridSample.bilinear(opsSlice(input, image), points: points).elements
            }
            // torch gives [N, C, Hg, Wg]; ours is [C, Hg·Wg] per image, the same order.
            let ours = Tensor(shape: fixture.output.shape, elements: samples)
            #expect(ours == fixture.output, "\(fixture.name): relative error \(opsRelativeError(ours, fixture.output))")
        }
    }

    @Test func promptNucSegMappingSamplesTheAlignedCornersCoordinate() {
        // spec §3.4: p = 4, s = 4, W_f = 64 samples feature column (p/s)·(W_f − 1)/W_f = 0.984375.
        let ramp = Tensor(shape: [1, 1, 64], elements: (0..<64).map(Float.init))
        let x = GridSample.normalized(4, stride: 4, size: 64)
        let sample = GridSample.bilinear(ramp, points: [(x: x, y: 0)])
        #expect(abs(sample.elements[0] - 0.984375) < 1e-6)
    }

    @Test func pointsOutsideTheMapReadZeroPadding() {
        let ones = Tensor(zeros: [2, 3, 3], value: 1)
        let samples = GridSample.bilinear(ones, points: [(x: 0, y: 0), (x: 2, y: 0), (x: 1.5, y: 0), (x: .nan, y: 0)])
        #expect(samples.shape == [2, 4])
        // Inside: 1. Beyond the far edge: 0. Halfway past the last centre: only the inside corners weigh.
        #expect(samples.elements[0] == 1 && samples.elements[1] == 0 && samples.elements[2] == 0.5)
        #expect(samples.elements[3] == 0 || samples.elements[3].isNaN)
    }
}
