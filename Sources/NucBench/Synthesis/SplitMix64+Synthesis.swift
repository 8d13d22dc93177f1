import NucCore

extension SplitMix64 {
    /// A uniform value in [0, 1) from the top 53 bits, the same on every platform.
    ///
    /// - Returns: The value.
    mutating func unit() -> Double {
        Double(next() >> 11) * 0x1p-53
    }

    /// A uniform value in [lower, upper).
    ///
    /// - Parameters:
    ///   - lower: The smallest value.
    ///   - upper: The bound.
    /// - Returns: The value.
    mutating func uniform(_ lower: Double, _ upper: Double) -> Double {
        lower + (upper - lower) * unit()
    }

    /// A uniform integer in 0..<bound.
    ///
    /// - Parameter bound: A positive bound.
    /// - Returns: The integer.
    mutating func index(below bound: Int) -> Int {
        Int(next() % UInt64(bound))
    }
}
