extension SampleLabels {
    /// The ground truth PanNuke-metrics scores: the five class channels as stored.
    ///
    /// - Returns: The masks, or nil for layouts without PanNuke's per-class channels (the
    ///   PromptNucSeg-converted layout keeps only the merged maps).
    /// - Throws: `InputError` for values `PanNukeMasks` rejects (negative, not finite, ≥ 2³¹).
    public func panNukeMasks() throws -> PanNukeMasks? {
        guard let classChannels else { return nil }
        return try PanNukeMasks(height: instances.height, width: instances.width, channels: classChannels)
    }
}
