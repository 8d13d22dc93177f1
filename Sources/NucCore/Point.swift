/// A point in image coordinates: `x` is the column, `y` the row, pixel centres at integers.
public struct Point: Hashable, Sendable {
    /// Column coordinate.
    public var x: Double
    /// Row coordinate.
    public var y: Double

    /// Creates a point.
    ///
    /// - Parameters:
    ///   - x: Column coordinate.
    ///   - y: Row coordinate.
    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }
}

/// A nucleus location with a class label (and, for predictions, a confidence score).
public struct TypedPoint: Hashable, Sendable {
    /// Where the nucleus is.
    public var point: Point
    /// Its class; 0 is the reference's dummy/background type, −1 "unknown".
    public var type: Int
    /// Confidence of a prediction (used by score-ordered matching); 0 when unknown.
    public var score: Double

    /// Creates a typed point.
    ///
    /// - Parameters:
    ///   - point: Location.
    ///   - type: Class label.
    ///   - score: Confidence, 0 by default.
    public init(_ point: Point, type: Int, score: Double = 0) {
        self.point = point
        self.type = type
        self.score = score
    }
}
