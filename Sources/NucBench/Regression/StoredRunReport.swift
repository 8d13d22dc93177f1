import Foundation

/// A run's report rebuilt from its stored rows alone, without reading data or predictions.
public enum StoredRunReport {
    /// Recomputes the JSON report of a stored PanNuke run exactly as `nucbench eval` prints it
    /// (without `--explain` reasons).
    ///
    /// The folds and protocol come from the run's recorded options; every number is
    /// aggregated again from the per-image counts of the store, by the evaluation's own
    /// recompute path, so the report equals `PanNukeEvaluation.run`'s byte for byte.
    ///
    /// - Parameters:
    ///   - name: The run name.
    ///   - store: The results store.
    /// - Returns: The report, or nil when the store has no run of that name.
    /// - Throws: `InputError` naming the store when the run is not a complete PanNuke run,
    ///   `StoreError` from the store.
    public static func report(ofRunNamed name: String, in store: ResultsStore) throws -> JSON? {
        guard let run = try store.storedRun(named: name) else { return nil }
        guard run.status == .complete else {
            throw InputError("run '\(name)' is incomplete; finish it with `nucbench eval` first", file: store.path)
        }
        let options = run.record.options
        guard run.record.dataset == "pannuke",
            let folds = options["folds"].map({ $0.split(separator: ",").compactMap { Int($0) } }), !folds.isEmpty,
            let reference = PanNukeCalculator.Reference(rawValue: run.record.protocolName)
        else {
            throw InputError(
                "run '\(name)' is not a PanNuke evaluation run (dataset '\(run.record.dataset)', "
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
