// MARK: - Reading a run back from the store

extension PaperReport {
    /// Recomputes a finished PanNuke run's outcome from its stored rows, without the image data.
    ///
    /// The folds and protocol come from the run's stored options; every number is recomputed
    /// from the stored per-image counts exactly as `PanNukeEvaluation.run` does, with reasons
    /// for undefined values.
    ///
    /// - Parameters:
    ///   - name: The run name.
    ///   - storePath: The results store.
    /// - Returns: The outcome.
    /// - Throws: `InputError` when the store has no such run, it is not a PanNuke run, it is not
    ///   complete, or its options do not name its folds and protocol; `StoreError` from the store.
    public static func evaluationOutcome(ofRun name: String, storePath: String) throws -> PanNukeEvaluationOutcome {
        let store = try ResultsStore.open(path: storePath)
        guard let run = try store.storedRun(named: name) else {
            let names = try store.runs().map(\.record.name)
            throw InputError(
                "no run named \"\(name)\" in \(storePath)"
                    + (names.isEmpty ? " (it has no runs)" : "; runs: " + names.joined(separator: ", ")))
        }
        let options = run.record.options
        guard run.record.dataset == "pannuke" else {
            throw InputError("run \"\(name)\" scored \(run.record.dataset), not pannuke; Tables 1 and 3 are PanNuke")
        }
        guard run.status == .complete else {
            throw InputError("run \"\(name)\" is not complete; resume it with `nucbench eval` before reporting")
        }
        let folds = (options["folds"] ?? "").split(separator: ",").compactMap { Int($0) }
        guard !folds.isEmpty, let reference = PanNukeCalculator.Reference(rawValue: run.record.protocolName) else {
            throw InputError("run \"\(name)\" does not record its folds and protocol")
        }
        let request = PanNukeEvaluationRequest(
            dataDirectory: options["data"] ?? "", predictionDirectory: options["pred"] ?? "", folds: folds,
            protocol: reference, runName: name, storePath: storePath, explain: true)
        return try PanNukeEvaluation.outcome(
            request, statistics: try store.statistics(of: run.handle), runName: name, storePath: store.path,
            newlyRecorded: 0)
    }
}
