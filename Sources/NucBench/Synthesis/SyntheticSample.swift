/// One image `nucbench datasets synth` wrote.
public struct SyntheticSample: Sendable, Equatable {
    /// The dataset folder a loader opens (`Dataset.open(path:)`).
    public let root: String
    /// The sample's name as the loader reports it.
    public let name: String
    /// The split or fold folder it is in.
    public let split: String
    /// Image rows.
    public let height: Int
    /// Image columns.
    public let width: Int
    /// The number of visible nuclei, each one instance in the ground truth.
    public let instanceCount: Int
    /// Instances per PanNuke class, in channel order (neoplastic, inflammatory, connective,
    /// dead, epithelial).
    public let classCounts: [Int]
}
