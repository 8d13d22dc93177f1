import Foundation

/// What `nucbench eval --dataset kumar|cpm17` scores, how, and where it keeps the results.
public struct InstanceEvaluationRequest: Sendable {
    /// The data set (Kumar or CPM-17).
    public var dataset: EvaluationDataset
    /// The data set folder, in any layout `Dataset.open` detects.
    public var dataDirectory: String
    /// The folder of per-image predictions (`PredictionDirectory`).
    public var predictionDirectory: String
    /// The protocol (`promptnucseg` or `hovernet`).
    public var `protocol`: EvaluationProtocol
    /// The data set's card.
    public var card: DatasetCard
    /// The card's file, hashed into the run record.
    public var cardPath: String
    /// `--match-radius-um`, if given.
    public var matchRadiusMicrons: Double?
    /// `--match-radius-px`, if given.
    public var matchRadiusPixels: Double?
    /// PromptNucSeg's prompter JSON of ground-truth points (`PromptNucSegPointFiles`); when given,
    /// every image also needs `<stem>.points.npy` and the prompter's detection is scored.
    public var groundTruthPoints: String?
    /// The model or checkpoint name recorded with the run.
    public var model: String
    /// The run's name in the store; nil for `defaultRunName`.
    public var runName: String?
    /// The SQLite results store.
    public var storePath: String
    /// Worker threads; results are identical at any count, so it is not part of the run's identity.
    public var threads: Int
    /// How scoring progress is shown on standard error; not part of the run's identity.
    public var progress: ProgressMode
    /// Further options recorded with the run (for example an ablation's settings); they override
    /// eval's own options of the same name.
    public var options: [String: String]

    /// Creates a request.
    ///
    /// - Parameters:
    ///   - dataset: Kumar or CPM-17.
    ///   - dataDirectory: The data set folder.
    ///   - predictionDirectory: The predictions folder.
    ///   - protocol: The protocol.
    ///   - card: The data set card.
    ///   - cardPath: The card's file.
    ///   - matchRadiusMicrons: Radius override in µm.
    ///   - matchRadiusPixels: Radius override in pixels.
    ///   - groundTruthPoints: The prompter JSON, if the prompter is scored.
    ///   - model: The model name.
    ///   - runName: The run name, or nil for the default.
    ///   - storePath: The results store.
    ///   - threads: Worker threads.
    ///   - progress: How progress is shown on standard error.
    ///   - options: Further options recorded with the run.
    public init(
        dataset: EvaluationDataset, dataDirectory: String, predictionDirectory: String,
        protocol: EvaluationProtocol, card: DatasetCard, cardPath: String, matchRadiusMicrons: Double? = nil,
        matchRadiusPixels: Double? = nil, groundTruthPoints: String? = nil, model: String = "predictions",
        runName: String? = nil, storePath: String = ResultsStore.defaultPath, threads: Int = 1,
        progress: ProgressMode = .none, options: [String: String] = [:]
    ) {
        self.dataset = dataset
        self.dataDirectory = dataDirectory
        self.predictionDirectory = predictionDirectory
        self.protocol = `protocol`
        self.card = card
        self.cardPath = cardPath
        self.matchRadiusMicrons = matchRadiusMicrons
        self.matchRadiusPixels = matchRadiusPixels
        self.groundTruthPoints = groundTruthPoints
        self.model = model
        self.runName = runName
        self.storePath = storePath
        self.threads = threads
        self.progress = progress
        self.options = options
    }

    /// `<dataset>-<protocol>-test`, for example `kumar-promptnucseg-test`.
    public var defaultRunName: String { "\(dataset.rawValue)-\(`protocol`.rawValue)-test" }

    /// The card's test splits (its protocol named like the data set, else every split named `test…`).
    var testSplits: [String] {
        if let split = card.protocols.first(where: { $0.name == dataset.rawValue }) { return split.test }
        return card.splits.map(\.name).filter { $0.hasPrefix("test") }
    }

    /// An absolute, standardised path, so a resumed run matches from any working directory.
    static func absolute(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }
}
