import Foundation

/// A run's report rebuilt from its stored rows alone, without reading data or predictions.
public enum StoredRunReport {
    /// Recomputes the JSON report of a stored run from its rows, as `nucbench eval` prints it
    /// (without `--explain` reasons).
    ///
    /// PanNuke runs: the folds and protocol come from the run's recorded options, and every number
    /// is aggregated again by the evaluation's own recompute path, so the report equals
    /// `PanNukeEvaluation.run`'s byte for byte. Kumar and CPM-17 runs: `RunScores` of the stored
    /// statistics under the recorded protocol, equal to `InstanceEvaluation.run`'s report except that
    /// `match_radius` lists only the recorded pixel radii (the store keeps no µm values).
    ///
    /// - Parameters:
    ///   - name: The run name.
    ///   - store: The results store.
    /// - Returns: The report, or nil when the store has no run of that name.
    /// - Throws: `InputError` naming the store when the run is incomplete or its dataset or protocol
    ///   is not one nucbench evaluates, `StoreError` from the store.
    public static func report(ofRunNamed name: String, in store: ResultsStore) throws -> JSON? {
        guard let run = try store.storedRun(named: name) else { return nil }
        guard run.status == .complete else {
            throw InputError("run '\(name)' is incomplete; finish it with `nucbench eval` first", file: store.path)
        }
        let options = run.record.options
        if run.record.dataset != "pannuke", EvaluationDataset(rawValue: run.record.dataset) != nil,
            let instanceProtocol = EvaluationProtocol(rawValue: run.record.protocolName)
        {
            let radii = (options["match-radius-px"] ?? "").split(separator: ",").compactMap { Double($0) }
            let prompterClasses = options["prompter-classes"].map { $0.split(separator: ",").compactMap { Int($0) } }
            let scores = try RunScores(
                statistics: try store.statistics(of: run.handle), protocol: instanceProtocol,
                prompterClasses: prompterClasses)
            return scores.report(radii: radii.map(MatchRadius.init(recordedPixels:)), explain: false)
        }
        guard run.record.dataset == "pannuke",
            let folds = options["folds"].map({ $0.split(separator: ",").compactMap { Int($0) } }), !folds.isEmpty,
            let reference = PanNukeCalculator.Reference(rawValue: run.record.protocolName)
        else {
            throw InputError(
                "run '\(name)' is not a nucbench evaluation run (dataset '\(run.record.dataset)', "
                    + "protocol '\(run.record.protocolName)'); only those can be recomputed", file: store.path)
        }
        let request = PanNukeEvaluationRequest(
            dataDirectory: options["data"] ?? "", predictionDirectory: options["pred"] ?? "", folds: folds,
            protocol: reference, runName: name, storePath: store.path)
        return try PanNukeEvaluation.outcome(
            request, statistics: try store.statistics(of: run.handle), runName: name, storePath: store.path,
            newlyRecorded: 0
        ).report
    }
}
