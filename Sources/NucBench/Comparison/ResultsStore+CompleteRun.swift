// MARK: - Complete runs for reports and comparisons

extension ResultsStore {
    /// A finished run's record and images, with errors a user can act on.
    ///
    /// - Parameter name: The run name.
    /// - Returns: The record and the images in image order.
    /// - Throws: `InputError` when the store has no such run (listing the runs it has) or the
    ///   run is not complete; `StoreError` from the store.
    public func completeRun(named name: String) throws -> (record: RunRecord, images: [ImageStatistics]) {
        guard let run = try storedRun(named: name) else {
            let names = try runs().map(\.record.name)
            throw InputError(
                "no run named \"\(name)\" in \(path)"
                    + (names.isEmpty ? " (it has no runs)" : "; runs: " + names.joined(separator: ", ")))
        }
        guard run.status == .complete else {
            throw InputError("run \"\(name)\" is not complete; resume it with `nucbench eval` before using it")
        }
        return (run.record, try statistics(of: run.handle))
    }
}
