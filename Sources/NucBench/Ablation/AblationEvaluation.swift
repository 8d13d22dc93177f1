/// Scores one ablation run into the store under its name, with its `AblationSetting` options.
///
/// The run is an `InstanceEvaluation` run whose record carries the ablation options besides
/// eval's own; it resumes after a kill, and a complete run is not scored again.
enum AblationEvaluation {
    /// Scores a run unless the store already holds it complete.
    ///
    /// - Parameters:
    ///   - run: The planned run.
    ///   - request: The ablation request.
    ///   - card: The dataset card and its file.
    /// - Returns: The images newly scored (0 when the run was complete).
    /// - Throws: `InputError` for missing or invalid predictions, `StoreError` from the store.
    static func evaluate(_ run: AblationRunSpec, request: AblationRequest, card: (card: DatasetCard, path: String))
        throws -> Int
    {
        let store = try ResultsStore.open(path: request.storePath)
        if try store.storedRun(named: run.name)?.status == .complete { return 0 }
        return try InstanceEvaluation.run(scoringRequest(run, request: request, card: card)).newlyRecorded
    }

    /// The `InstanceEvaluation` request of an ablation run.
    ///
    /// - Parameters:
    ///   - run: The planned run.
    ///   - request: The ablation request.
    ///   - card: The dataset card and its file.
    /// - Returns: The request (PromptNucSeg protocol, the run's predictions folder, the job as model,
    ///   the run's ablation options).
    static func scoringRequest(
        _ run: AblationRunSpec, request: AblationRequest, card: (card: DatasetCard, path: String)
    ) -> InstanceEvaluationRequest {
        InstanceEvaluationRequest(
            dataset: request.config.dataset, dataDirectory: request.config.dataDirectory,
            predictionDirectory: run.predictionDirectory, protocol: .promptnucseg, card: card.card,
            cardPath: card.path, model: run.jobName, runName: run.name, storePath: request.storePath,
            threads: request.threads, progress: request.progress, options: run.options)
    }
}
