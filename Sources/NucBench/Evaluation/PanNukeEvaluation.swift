/// `nucbench eval --dataset pannuke`: scores PanNuke folds image by image into the results
/// store, then recomputes every table from the stored rows.
///
/// Each image's per-class PQ counts are one store transaction, recorded in image order, so a
/// run killed at any point keeps whole images only; running the same request again resumes
/// the run, scores only the images not yet recorded, and reports exactly what an
/// uninterrupted run reports: the JSON equals `PanNukeCalculator.run` on the same folds byte
/// for byte.
public enum PanNukeEvaluation {
    /// The nucbench release recorded as the run's source revision (the library cannot see git).
    static let toolRevision = "nucbench-0.1.0"

    /// Scores the requested folds, resuming the run when the store already holds part of it.
    ///
    /// - Parameter request: What to score and where to keep it.
    /// - Returns: The headline numbers and the full report.
    /// - Throws: `InputError` for invalid data or predictions, `StoreError` for the store
    ///   (`.runConflict` when the run name exists with another identity).
    public static func run(_ request: PanNukeEvaluationRequest) throws -> PanNukeEvaluationOutcome {
        let (inputs, store, run) = try begin(request)
        let recorded = try recordImages(request, inputs: inputs, in: store, run: run, limit: nil)
        try store.finish(run)
        return try outcome(
            request, statistics: try store.statistics(of: run), runName: run.name, storePath: store.path,
            newlyRecorded: recorded)
    }

    /// Records at most `limit` new images of the run, then stops as a killed run would (test hook).
    ///
    /// - Parameters:
    ///   - request: What to score and where to keep it.
    ///   - limit: How many images to record at most.
    /// - Returns: How many images were recorded.
    /// - Throws: As `run(_:)`.
    package static func interruptedRun(_ request: PanNukeEvaluationRequest, recordingAtMost limit: Int) throws -> Int {
        let (inputs, store, run) = try begin(request)
        return try recordImages(request, inputs: inputs, in: store, run: run, limit: limit)
    }

    /// Opens the folds and the store, and begins (or resumes) the run.
    private static func begin(_ request: PanNukeEvaluationRequest) throws
        -> (inputs: [PanNukeFoldInput], store: ResultsStore, run: RunHandle)
    {
        let inputs = try request.foldInputs()
        let store = try ResultsStore.open(path: request.storePath)
        return (inputs, store, try store.beginRun(try record(of: request, inputs: inputs)))
    }

    // MARK: - Identity

    /// The run's identity: everything that determines its stored rows.
    private static func record(of request: PanNukeEvaluationRequest, inputs: [PanNukeFoldInput]) throws -> RunRecord {
        var data = SHA256()
        var predictions = SHA256()
        for (fold, input) in zip(request.folds, inputs) {
            data.update(Array("fold \(fold) \(input.trueMasks.shape)\n".utf8))
            data.update(Array(input.tissues.joined(separator: "\n").utf8))
            predictions.update(Array("fold \(fold) \(input.predictedMasks.shape)\n".utf8))
        }
        return RunRecord(
            name: request.runName ?? request.defaultRunName, gitRevision: toolRevision, model: "predictions",
            modelHash: "shape-sha256:" + predictions.hexDigest(), dataset: "pannuke", datasetCardHash: "",
            datasetContentHash: "shape-tissue-sha256:" + data.hexDigest(),
            protocolName: request.protocol.rawValue, protocolVersion: request.protocol.revision,
            options: [
                "dataset": "pannuke", "data": request.dataDirectory, "pred": request.predictionDirectory,
                "folds": request.folds.map(String.init).joined(separator: ","), "protocol": request.protocol.rawValue,
            ])
    }
}

extension PanNukeCalculator.Reference {
    /// The reference and revision whose numbers this protocol reproduces.
    public var revision: String {
        switch self {
        case .pannuke: return "TissueImageAnalytics/PanNuke-metrics run.py c00014d"
        case .cellvit: return "TIO-IKIM/CellViT 05097e1"
        }
    }

    /// How the fold headline mPQ and bPQ average the images.
    public var aggregation: String {
        switch self {
        case .pannuke: return "nanmean over tissues of image means"
        case .cellvit: return "image mean"
        }
    }
}
