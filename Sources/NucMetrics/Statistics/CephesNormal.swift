#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The standard normal CDF as scipy computes it: Cephes `ndtr`, `erf` and `erfc`.
///
/// A port of scipy/xsf include/xsf/cephes/ndtr.h (Cephes 2.2, Moshier 1992, as vendored
/// by scipy 1.17.1 for `scipy.special.ndtr`): the same rational approximations, the same
/// Horner order (`polevl`, `p1evl`) and the C library's `exp`, so that p-values of the
/// normal approximation agree with scipy bit for bit on the same C library.
enum CephesNormal {
    // MARK: - Coefficients (ndtr.h `ndtr_P` … `ndtr_U`)

    private static let erfcNear: [Double] = [
        2.46196981473530512524E-10, 5.64189564831068821977E-1, 7.46321056442269912687E0,
        4.86371970985681366614E1, 1.96520832956077098242E2, 5.26445194995477358631E2,
        9.34528527171957607540E2, 1.02755188689515710272E3, 5.57535335369399327526E2,
    ]
    private static let erfcNearDenominator: [Double] = [
        1.32281951154744992508E1, 8.67072140885989742329E1, 3.54937778887819891062E2, 9.75708501743205489753E2,
        1.82390916687909736289E3, 2.24633760818710981792E3, 1.65666309194161350182E3, 5.57535340817727675546E2,
    ]
    private static let erfcFar: [Double] = [
        5.64189583547755073984E-1, 1.27536670759978104416E0, 5.01905042251180477414E0,
        6.16021097993053585195E0, 7.40974269950448939160E0, 2.97886665372100240670E0,
    ]
    private static let erfcFarDenominator: [Double] = [
        2.26052863220117276590E0, 9.39603524938001434673E0, 1.20489539808096656605E1,
        1.70814450747565897222E1, 9.60896809063285878198E0, 3.36907645100081516050E0,
    ]
    private static let erfSmall: [Double] = [
        9.60497373987051638749E0, 9.00260197203842689217E1, 2.23200534594684319226E3, 7.00332514112805075473E3,
        5.55923013010394962768E4,
    ]
    private static let erfSmallDenominator: [Double] = [
        3.35617141647503099647E1, 5.21357949780152679795E2, 4.59432382970980127987E3, 2.26290000613890934246E4,
        4.92673942608635921086E4,
    ]
    /// Cephes `MAXLOG`, the largest argument of `exp` that does not overflow.
    private static let maximumLogarithm = 7.09782712893383996843E2

    // MARK: - Functions

    /// `ndtr(value)`, the probability that a standard normal variable is at most `value`.
    static func cumulative(_ value: Double) -> Double {
        guard !value.isNaN else { return .nan }
        let scaled = value * 0.707_106_781_186_547_524_40
        let magnitude = abs(scaled)
        if magnitude < 1.0 { return 0.5 + 0.5 * errorFunction(scaled) }
        let tail = 0.5 * complementaryErrorFunction(magnitude)
        return scaled > 0 ? 1.0 - tail : tail
    }

    /// Cephes `erfc`.
    static func complementaryErrorFunction(_ value: Double) -> Double {
        guard !value.isNaN else { return .nan }
        let magnitude = abs(value)
        if magnitude < 1.0 { return 1.0 - errorFunction(value) }
        let exponent = -value * value
        guard exponent >= -maximumLogarithm else { return value < 0 ? 2.0 : 0.0 }
        let scale = exp(exponent)
        let numerator: Double
        let denominator: Double
        if magnitude < 8.0 {
            numerator = polynomial(magnitude, erfcNear)
            denominator = monicPolynomial(magnitude, erfcNearDenominator)
        } else {
            numerator = polynomial(magnitude, erfcFar)
            denominator = monicPolynomial(magnitude, erfcFarDenominator)
        }
        var result = (scale * numerator) / denominator
        if value < 0 { result = 2.0 - result }
        if result != 0.0 { return result }
        return value < 0 ? 2.0 : 0.0
    }

    /// Cephes `erf`.
    static func errorFunction(_ value: Double) -> Double {
        guard !value.isNaN else { return .nan }
        if value < 0.0 { return -errorFunction(-value) }
        if abs(value) > 1.0 { return 1.0 - complementaryErrorFunction(value) }
        let square = value * value
        return value * polynomial(square, erfSmall) / monicPolynomial(square, erfSmallDenominator)
    }

    /// Cephes `polevl`: Horner's rule with the leading coefficient first.
    private static func polynomial(_ value: Double, _ coefficients: [Double]) -> Double {
        coefficients.dropFirst().reduce(coefficients.first ?? 0) { $0 * value + $1 }
    }

    /// Cephes `p1evl`: as `polevl` with an implicit leading coefficient 1.
    private static func monicPolynomial(_ value: Double, _ coefficients: [Double]) -> Double {
        coefficients.reduce(1.0) { $0 * value + $1 }
    }
}
