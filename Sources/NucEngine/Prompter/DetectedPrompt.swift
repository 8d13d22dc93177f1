/// One nucleus point from the prompter after post-processing: where it is, its class and its score.
public struct DetectedPrompt: Sendable, Equatable {
    /// The column coordinate in image pixels (float32, as the reference keeps it).
    public var x: Float
    /// The row coordinate in image pixels.
    public var y: Float
    /// The 0-based foreground class (argmax of the softmax, never the background index).
    public var classIndex: Int
    /// The maximum softmax probability, used to order point NMS.
    public var score: Float

    /// Creates a prompt.
    ///
    /// - Parameters:
    ///   - x: Column.
    ///   - y: Row.
    ///   - classIndex: 0-based class.
    ///   - score: Maximum class probability.
    public init(x: Float, y: Float, classIndex: Int, score: Float) {
        self.x = x
        self.y = y
        self.classIndex = classIndex
        self.score = score
    }
}
