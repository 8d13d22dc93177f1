/// What identifies an evaluation run: its name and everything that determines its numbers.
///
/// Two records with the same name describe the same run only when every other field is
/// equal too; the store resumes such a run and refuses a name reused with any difference.
public struct RunRecord: Sendable, Equatable {
    /// The run's unique name.
    public var name: String
    /// The nucbench source revision (`git rev-parse HEAD`, with `-dirty` when modified).
    public var gitRevision: String
    /// The model or checkpoint name.
    public var model: String
    /// A content hash of the checkpoint.
    public var modelHash: String
    /// The data set name.
    public var dataset: String
    /// A hash of the data set card.
    public var datasetCardHash: String
    /// A hash of the data set content.
    public var datasetContentHash: String
    /// The evaluation protocol (pannuke, cellvit, conic, hovernet, promptnucseg).
    public var protocolName: String
    /// The protocol's version.
    public var protocolVersion: String
    /// Every option of the run, by name; stored as JSON with sorted keys.
    public var options: [String: String]

    /// Creates a run record.
    ///
    /// - Parameters:
    ///   - name: The unique name.
    ///   - gitRevision: The nucbench revision.
    ///   - model: The model name.
    ///   - modelHash: The checkpoint hash.
    ///   - dataset: The data set name.
    ///   - datasetCardHash: The data set card hash.
    ///   - datasetContentHash: The data set content hash.
    ///   - protocolName: The protocol.
    ///   - protocolVersion: The protocol's version.
    ///   - options: All options.
    public init(
        name: String, gitRevision: String, model: String, modelHash: String, dataset: String,
        datasetCardHash: String, datasetContentHash: String, protocolName: String, protocolVersion: String,
        options: [String: String]
    ) {
        self.name = name
        self.gitRevision = gitRevision
        self.model = model
        self.modelHash = modelHash
        self.dataset = dataset
        self.datasetCardHash = datasetCardHash
        self.datasetContentHash = datasetContentHash
        self.protocolName = protocolName
        self.protocolVersion = protocolVersion
        self.options = options
    }

    /// The names of the fields in which `other` differs from this record.
    ///
    /// - Parameter other: Another record.
    /// - Returns: The differing field names, in declaration order; empty when equal.
    public func differences(from other: RunRecord) -> [String] {
        let fields: [(String, Bool)] = [
            ("name", name == other.name), ("git revision", gitRevision == other.gitRevision),
            ("model", model == other.model), ("model hash", modelHash == other.modelHash),
            ("dataset", dataset == other.dataset), ("dataset card hash", datasetCardHash == other.datasetCardHash),
            ("dataset content hash", datasetContentHash == other.datasetContentHash),
            ("protocol", protocolName == other.protocolName),
            ("protocol version", protocolVersion == other.protocolVersion), ("options", options == other.options),
        ]
        return fields.filter { !$0.1 }.map(\.0)
    }
}
