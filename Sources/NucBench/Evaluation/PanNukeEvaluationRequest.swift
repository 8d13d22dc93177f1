/// What `nucbench eval --dataset pannuke` scores, how, and where it keeps the results.
///
/// Layout: `dataDirectory` is the PanNuke root as published (`Fold 1/`, `Fold 2/`, `Fold 3/`,
/// each holding `images/foldN/types.npy` and `masks/foldN/masks.npy`); `predictionDirectory`
/// holds one folder per fold, `foldN/masks.npy` (N, 256, 256, ≥ 5) in `masks.npy` channel
/// order, or `foldN/` in the published layout.
public struct PanNukeEvaluationRequest: Sendable {
    /// The PanNuke root holding `Fold N/`.
    public var dataDirectory: String
    /// The folder holding `foldN/masks.npy`.
    public var predictionDirectory: String
    /// The folds to score (1-based), in report order.
    public var folds: [Int]
    /// Which reference to reproduce.
    public var `protocol`: PanNukeCalculator.Reference
    /// The run's name in the store; nil for `defaultRunName`.
    public var runName: String?
    /// The SQLite results store.
    public var storePath: String
    /// Whether the report adds nucbench's reason for every undefined value.
    public var explain: Bool
    /// Worker threads; results are identical at any count, so it is not part of the run's identity.
    public var threads: Int
    /// The model or checkpoint name recorded with the run.
    public var model: String
    /// The PanNuke card's file, hashed into the run record; nil records `none`.
    public var cardPath: String?
    /// PromptNucSeg's prompter JSON of ground-truth points, for per-image predictions with
    /// `{fold}_{k}.points.npy` (`PromptNucSegPointFiles`); matched within 12 px (`match_dis`).
    public var groundTruthPoints: String?
    /// How scoring progress is shown on standard error; not part of the run's identity.
    public var progress: ProgressMode
    /// How many of the worst images get overlay PNGs (0: none); not part of the run's identity.
    public var overlays: Int
    /// Where the overlays and their `index.md` are written.
    public var overlayDirectory: String

    /// Creates a request.
    ///
    /// - Parameters:
    ///   - dataDirectory: The PanNuke root.
    ///   - predictionDirectory: The predictions root.
    ///   - folds: Folds to score, in order.
    ///   - protocol: The reference protocol.
    ///   - runName: The run name, or nil for the default.
    ///   - storePath: The results store.
    ///   - explain: Whether to add reasons for undefined values.
    ///   - threads: Worker threads.
    ///   - model: The model name.
    ///   - cardPath: The card's file, if known.
    ///   - groundTruthPoints: The prompter JSON, if the prompter is scored.
    ///   - progress: How progress is shown on standard error.
    ///   - overlays: How many worst images get overlays.
    ///   - overlayDirectory: Where overlays go.
    public init(
        dataDirectory: String, predictionDirectory: String, folds: [Int], protocol: PanNukeCalculator.Reference,
        runName: String? = nil, storePath: String = ResultsStore.defaultPath, explain: Bool = false, threads: Int = 1,
        model: String = "predictions", cardPath: String? = nil, groundTruthPoints: String? = nil,
        progress: ProgressMode = .none, overlays: Int = 0, overlayDirectory: String = "Reports/overlays"
    ) {
        self.dataDirectory = dataDirectory
        self.predictionDirectory = predictionDirectory
        self.folds = folds
        self.protocol = `protocol`
        self.runName = runName
        self.storePath = storePath
        self.explain = explain
        self.threads = threads
        self.model = model
        self.cardPath = cardPath
        self.groundTruthPoints = groundTruthPoints
        self.progress = progress
        self.overlays = overlays
        self.overlayDirectory = overlayDirectory
    }

    /// `pannuke-<protocol>-fold<N…>`, for example `pannuke-pannuke-fold123`.
    public var defaultRunName: String {
        "pannuke-\(`protocol`.rawValue)-fold" + folds.map(String.init).joined()
    }

    /// The ground-truth folder of fold `fold`.
    func trueDirectory(of fold: Int) -> String { "\(dataDirectory)/Fold \(fold)" }

    /// The prediction folder of fold `fold`.
    func predictedDirectory(of fold: Int) -> String { "\(predictionDirectory)/fold\(fold)" }

    /// Opens and validates every requested fold.
    func foldInputs() throws -> [PanNukeFoldInput] {
        try folds.map {
            try PanNukeFoldInput(trueDirectory: trueDirectory(of: $0), predictedDirectory: predictedDirectory(of: $0))
        }
    }
}
