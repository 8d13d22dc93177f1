/// Vectorised `exp` and `erf` on 16 float lanes, for softmax and GELU.
///
/// The polynomials are least-squares fits on Chebyshev nodes made with numpy (float64) and
/// checked by evaluating them in float32 over their whole interval: `exp` is within 1.1e-7
/// relative error, `erf` within 1.6e-7 absolute error, the same as glibc's `erff` up to a few
/// ulps and as PyTorch's own vectorised `erf`. Only plain multiplies and adds are used, so the
/// code stays fast on baseline x86-64 (no FMA, no SSE4.1 rounding instruction).
enum VectorMath {
    /// Lanes per vector.
    static let width = 16

    // MARK: - exp

    /// Computes `e^x` lane by lane.
    ///
    /// - Parameter x: Any values; results underflow to ~1e-38 below −87.3 and saturate above 88.3.
    /// - Returns: `e^x` within 1.1e-7 relative error.
    @inline(__always)
    static func exp(_ x: SIMD16<Float>) -> SIMD16<Float> {
        let low = SIMD16<Float>(repeating: -87.3)
        let high = SIMD16<Float>(repeating: 88.3)
        let clamped = x.replacing(with: low, where: .!(x .>= low)).replacing(with: high, where: x .> high)
        // Adding 1.5·2²³ rounds to the nearest integer and leaves it in the low mantissa bits.
        let magic = SIMD16<Float>(repeating: 12_582_912)
        let shifted = clamped * 1.442_695_04 + magic
        let n = shifted - magic
        let r = clamped - n * 0.693_359_375 - n * -2.121_944_4e-4
        // exp(r) on |r| ≤ ln 2 / 2, by Horner from the highest power.
        var p = SIMD16<Float>(repeating: 0.001_394_858_08)
        p = p * r + 0.008_375_128_89
        p = p * r + 0.041_666_218_27
        p = p * r + 0.166_664_154_77
        p = p * r + 0.500_000_010_77
        p = p * r + 1.000_000_037_73
        p = p * r + 0.999_999_999_96
        let exponent = (unsafeBitCast(shifted, to: SIMD16<Int32>.self) &- 0x4B40_0000 &+ 127) &<< 23
        return p * unsafeBitCast(exponent, to: SIMD16<Float>.self)
    }

    // MARK: - erf

    /// Computes the error function lane by lane.
    ///
    /// `clamped(lowerBound:upperBound:)` and `pointwiseMin/Max` are avoided: on SIMD16 they
    /// compile to lane-by-lane loops, while `replacing(with:where:)` compiles to vector blends.
    ///
    /// - Parameter x: Any finite values.
    /// - Returns: `erf(x)` within 1.6e-7 absolute error (exactly ±1 beyond |x| = 4, as in float32).
    @inline(__always)
    static func erf(_ x: SIMD16<Float>) -> SIMD16<Float> {
        let four = SIMD16<Float>(repeating: 4)
        let magnitude = x.replacing(with: -x, where: x .< 0)
        let z = magnitude.replacing(with: four, where: magnitude .> four)
        let z2 = z * z
        // erf(z) / z as a polynomial in z² on 0 ≤ z ≤ 1.
        var small = SIMD16<Float>(repeating: 0.000_079_334_94)
        small = small * z2 - 0.000_803_484_66
        small = small * z2 + 0.005_191_218_37
        small = small * z2 - 0.026_855_399_45
        small = small * z2 + 0.112_836_257_25
        small = small * z2 - 0.376_126_298_78
        small = small * z2 + 1.128_379_166_59
        small *= z
        // erfc(z) · e^{z²} as a polynomial in t = 1/z on 1 ≤ z ≤ 4.
        let t = 1 / z.replacing(with: 1, where: z .< 1)
        var large = SIMD16<Float>(repeating: -0.008_870_569_87)
        large = large * t + 0.025_662_769_60
        large = large * t + 0.029_908_311_79
        large = large * t - 0.249_204_815_45
        large = large * t + 0.502_196_996_56
        large = large * t - 0.473_952_035_48
        large = large * t + 0.042_608_210_09
        large = large * t + 0.558_959_744_91
        large = large * t + 0.000_274_946_78
        large = 1 - exp(-z2) * large
        let result = small.replacing(with: large, where: z .>= 1)
        return result.replacing(with: -result, where: x .< 0)
    }
}
