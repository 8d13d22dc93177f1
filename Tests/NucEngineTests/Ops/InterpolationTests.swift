import Testing

@testable import NucEngine

@Suite struct InterpolationTests {}

extension InterpolationTests {
    @Test func matchesTorchInterpolateOnEveryFixture() throws {
        let cases = try OpsTestFixture.cases(op: "interpolate")
        #expect(cases.count == 16)
        for fixture in cases {
            let x = try fixture.input("input")
            let size = fixture.ints("size")
            let ours: Tensor
            switch fixture.params["mode"] as? String {
            case "nearest": ours = Interpolation.nearest(x, height: size[0], width: size[1])
            case "bilinear":
                ours = Interpolation.bilinear(
                    x, height: size[0], width: size[1], alignCorners: fixture.bool("align_corners"))
            case "bicubic":
                ours = Interpolation.bicubic(
                    x, height: size[0], width: size[1], alignCorners: fixture.bool("align_corners"))
            default:
                let plane = x.reshaped(x.shape.dropLast() + [1, x.shape[x.rank - 1]])
                ours = Interpolation.bilinear(plane, height: 1, width: size[0], alignCorners: false)
                    .reshaped(fixture.output.shape)
            }
            // Bit-exact on these fixtures (x86-64 AVX-512 wheel); the stated bound is 1e-6 relative.
            #expect(ours == fixture.output, "\(fixture.name): relative error \(opsRelativeError(ours, fixture.output))")
        }
    }

    @Test func alignedCornersKeepTheCornersAndInterpolateLinearly() {
        let x = Tensor(shape: [2, 2], elements: [0, 1, 2, 3])
        let y = Interpolation.bilinear(x, height: 3, width: 3, alignCorners: true)
        #expect(y.elements == [0, 0.5, 1, 1, 1.5, 2, 2, 2.5, 3])
    }

    @Test func nearestTakesTheFloorOfTheScaledIndex() {
        // in/out = 3/5 in float: ⌊0, 0.6, 1.2, 1.8, 2.4⌋ = 0, 0, 1, 1, 2.
        let x = Tensor(shape: [1, 3], elements: [10, 20, 30])
        #expect(Interpolation.nearest(x, height: 1, width: 5).elements == [10, 10, 20, 20, 30])
    }

    @Test func bicubicDownByFourUsesTheHalfwayFilter() {
        // Source 4·o + 1.5: t = 0.5 gives weights (−3, 19, 19, −3)/32 on positions 4o, …, 4o + 3.
        let x = Tensor(shape: [1, 8], elements: [0, 32, 0, 0, 0, 0, 0, 0])
        let y = Interpolation.bicubic(x, height: 1, width: 2, alignCorners: false)
        #expect(y.elements == [19, 0])
    }
}
