/// The rectifier max(x, 0), PyTorch `nn.ReLU` (NaN stays NaN).
public enum ReLU {
    /// Rectifies every element of `x` in place.
    ///
    /// - Parameter x: Any tensor.
    public static func apply(_ x: inout Tensor) {
        x.elements.withUnsafeMutableBufferPointer { values in
            guard let base = values.baseAddress else { return }
            apply(base, count: values.count)
        }
    }

    /// Rectifies `count` contiguous values in place.
    ///
    /// - Parameters:
    ///   - values: The first value.
    ///   - count: How many values.
    public static func apply(_ values: UnsafeMutablePointer<Float>, count: Int) {
        for index in 0..<count where values[index] < 0 { values[index] = 0 }
    }
}
