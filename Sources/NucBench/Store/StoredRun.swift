/// A run as the store holds it: its identity plus the store's bookkeeping.
public struct StoredRun: Sendable, Equatable {
    /// Whether a run has recorded all its images.
    public enum Status: String, Sendable {
        /// Images are still being recorded (or the run was interrupted).
        case running
        /// `finish` was called; no more images are accepted.
        case complete
    }

    /// The row id, which `RunHandle` carries.
    public let id: Int
    /// When the run was first begun, ISO 8601 in UTC.
    public let createdAt: String
    /// The run's identity.
    public let record: RunRecord
    /// Running or complete.
    public let status: Status

    /// The handle to read or continue this run.
    public var handle: RunHandle { RunHandle(id: id, name: record.name) }
}

/// A reference to one run of a store, returned by `beginRun` and `runs()`.
public struct RunHandle: Sendable, Hashable {
    /// The run's row id.
    public let id: Int
    /// The run's name.
    public let name: String
}
