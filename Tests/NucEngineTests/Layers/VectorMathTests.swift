import Foundation
import Testing

@testable import NucEngine

@Suite struct VectorMathTests {}

extension VectorMathTests {
    @Test func expIsWithinTwoTenthsOfAMillionthRelative() {
        var worst = 0.0
        for start in stride(from: -87.0, to: 88.0, by: 0.013 * 16) {
            let x = SIMD16<Float>((0..<16).map { Float(start) + Float($0) * 0.013 })
            let y = VectorMath.exp(x)
            for lane in 0..<16 { worst = max(worst, abs(Double(y[lane]) / Foundation.exp(Double(x[lane])) - 1)) }
        }
        #expect(worst < 2e-7)
    }

    @Test func expOfVeryNegativeInputsIsTinyAndNonNegative() {
        let y = VectorMath.exp(SIMD16<Float>(repeating: -.infinity))
        #expect(y.max() < 1e-37 && y.min() >= 0)
    }

    @Test func erfIsWithinTwoTenthsOfAMillionthAbsolute() {
        var worst = 0.0
        for start in stride(from: -6.0, to: 6.0, by: 0.001 * 16) {
            let x = SIMD16<Float>((0..<16).map { Float(start) + Float($0) * 0.001 })
            let y = VectorMath.erf(x)
            for lane in 0..<16 { worst = max(worst, abs(Double(y[lane]) - Foundation.erf(Double(x[lane])))) }
        }
        #expect(worst < 2e-7)
    }

    @Test func erfIsOddAndSaturates() {
        let x = SIMD16<Float>((0..<16).map { Float($0) * 0.4 + 0.05 })
        #expect(VectorMath.erf(-x) == -VectorMath.erf(x))
        #expect(VectorMath.erf(SIMD16(repeating: 9)) == SIMD16(repeating: 1))
    }
}
