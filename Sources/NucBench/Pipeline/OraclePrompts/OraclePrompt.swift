/// A ground-truth point prompt for the segmentor: PromptNucSeg's point for one nucleus and its
/// class (promptnucseg spec §5.4 and §7, "oracle" mode).
public struct OraclePrompt: Hashable, Sendable {
    /// The nucleus: its 1-based index in the `InstanceMap`.
    public var instance: Int
    /// Column of the point.
    public var x: Int
    /// Row of the point.
    public var y: Int
    /// 0-based class, as the third column of a PromptNucSeg prompt file: 0 for single-class
    /// datasets, the PanNuke type − 1 otherwise.
    public var classIndex: Int

    /// Creates a prompt.
    ///
    /// - Parameters:
    ///   - instance: 1-based instance index.
    ///   - x: Column.
    ///   - y: Row.
    ///   - classIndex: 0-based class.
    public init(instance: Int, x: Int, y: Int, classIndex: Int) {
        self.instance = instance
        self.x = x
        self.y = y
        self.classIndex = classIndex
    }
}
