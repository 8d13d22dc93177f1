/// `nucbench eval --dataset pannuke`: scores PanNuke folds image by image into the results
/// store, then recomputes every table from the stored rows.
///
/// Images are scored in parallel batches and each batch's per-class PQ counts are one store
/// transaction, recorded in image order, so a run killed at any point keeps whole images only; running the same request again resumes
/// the run, scores only the images not yet recorded, and reports exactly what an
/// uninterrupted run reports: the JSON equals `PanNukeCalculator.run` on the same folds byte
/// for byte.
public enum PanNukeEvaluation {
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
        let statistics = try store.statistics(of: run)
        if request.overlays > 0 {
            _ = try PanNukeOverlays.write(
                count: request.overlays, statistics: statistics, request: request, directory: request.overlayDirectory)
        }
        return try outcome(
            request, statistics: statistics, runName: run.name, storePath: store.path, newlyRecorded: recorded)
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
        guard request.groundTruthPoints == nil else {
            throw InputError(
                "prompter points need per-image predictions ({fold}_{k}.points.npy), not a masks.npy per fold",
                file: request.predictionDirectory)
        }
        let inputs = try request.foldInputs()
        let store = try ResultsStore.open(path: request.storePath)
        return (inputs, store, try store.beginRun(try record(of: request, inputs: inputs)))
    }

    // MARK: - Identity

    /// The run's identity: everything that determines its stored rows.
    ///
    /// The hashes are `ContentDigest`s of the files read: the predicted `masks.npy` of each fold
    /// (model), the true `masks.npy` and `types.npy` (content), and the card when one is given.
    private static func record(of request: PanNukeEvaluationRequest, inputs: [PanNukeFoldInput]) throws -> RunRecord {
        var data: [(name: String, path: String)] = []
        var predictions: [(name: String, path: String)] = []
        for (fold, input) in zip(request.folds, inputs) {
            data.append(("fold\(fold)/masks.npy", input.trueMasks.path))
            data.append(("fold\(fold)/types.npy", input.typesPath))
            predictions.append(("fold\(fold)/masks.npy", input.predictedMasks.path))
        }
        return RunRecord(
            name: request.runName ?? request.defaultRunName, gitRevision: SourceRevision.current,
            model: request.model, modelHash: try ContentDigest.digest(of: predictions), dataset: "pannuke",
            datasetCardHash: try request.cardPath.map { try ContentDigest.digest(of: [("pannuke", $0)]) } ?? "none",
            datasetContentHash: try ContentDigest.digest(of: data),
            protocolName: request.protocol.rawValue, protocolVersion: request.protocol.revision,
            options: [
                "dataset": "pannuke", "data": InstanceEvaluationRequest.absolute(request.dataDirectory),
                "pred": InstanceEvaluationRequest.absolute(request.predictionDirectory),
                "folds": request.folds.map(String.init).joined(separator: ","), "protocol": request.protocol.rawValue,
                "model-hash-covers": "predicted masks.npy per fold",
                "dataset-content-hash-covers": "true masks.npy and types.npy per fold",
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
