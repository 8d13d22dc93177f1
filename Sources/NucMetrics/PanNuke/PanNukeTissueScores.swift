/// The two scores PanNuke-style protocols report for one tissue of a fold.
public struct PanNukeTissueScores: Sendable, Equatable {
    /// mPQ of the tissue: nanmean over its images of their mPQ; NaN without defined images.
    public let multiClassPQ: MetricResult<Double>
    /// bPQ of the tissue: nanmean over its images of their bPQ; NaN without defined images.
    public let binaryPQ: MetricResult<Double>

    /// Creates tissue scores.
    ///
    /// - Parameters:
    ///   - multiClassPQ: The tissue's mPQ.
    ///   - binaryPQ: The tissue's bPQ.
    public init(multiClassPQ: MetricResult<Double>, binaryPQ: MetricResult<Double>) {
        self.multiClassPQ = multiClassPQ
        self.binaryPQ = binaryPQ
    }
}
