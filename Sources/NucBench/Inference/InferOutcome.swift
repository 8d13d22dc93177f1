/// What an `InferRun` did.
public struct InferOutcome: Sendable, Equatable {
    /// One negatives count's output.
    public struct Output: Sendable, Equatable {
        /// K.
        public var negatives: Int
        /// The prediction folder.
        public var directory: String
        /// The images segmented and written in this run.
        public var written: Int
        /// The images whose files were already complete (resumed).
        public var skipped: Int
    }

    /// The model name from the manifest.
    public var modelName: String
    /// The images of the requested folds or split, in order.
    public var imageCount: Int
    /// One entry per negatives count, in request order.
    public var outputs: [Output]
    /// Image-encoder passes (one per tile and view of every image with missing outputs, whatever the
    /// number of K values).
    public var encoderRuns: Int
    /// The prompts written, summed over images and K values.
    public var promptCount: Int
}
