import Foundation

/// A committed baseline of scores that `nucbench regress` gates against.
///
/// File format (JSON):
///
///     {
///       "version": 1,
///       "tolerance": 0,
///       "runs": {
///         "pannuke-pannuke-fold123": {
///           "across_folds.mpq_mean": 0.2989766380709366,
///           "fold1.bpq": 0.38286551973139565,
///           "fold1.per_class[0]": 0.34949695941847003
///         }
///       }
///     }
///
/// `version` must be 1; `tolerance` (optional, default 0) is the largest drop accepted;
/// `runs` maps a run name of the results store to its metrics, each keyed by a
/// `MetricPath` into the run's recomputed report. Values are decimal text as `JSON.double`
/// writes it (shortest round-trip), so they parse back to the very same doubles and a
/// tolerance of 0 demands bit-identical scores or better.
public struct RegressionBaseline: Sendable, Equatable {
    /// The only format version this build reads and writes.
    public static let version = 1

    /// The largest drop below a baseline value that is not a regression.
    public var tolerance: Double
    /// Per run name, the baseline value of each metric path.
    public var runs: [String: [String: Double]]

    /// Creates a baseline.
    ///
    /// - Parameters:
    ///   - tolerance: The largest accepted drop (finite, ≥ 0).
    ///   - runs: Per run name, metric values by path.
    public init(tolerance: Double = 0, runs: [String: [String: Double]]) {
        self.tolerance = tolerance
        self.runs = runs
    }

    /// Reads and validates a baseline file.
    ///
    /// - Parameter path: The file.
    /// - Returns: The baseline.
    /// - Throws: `InputError` naming the file when it cannot be read, is not JSON, or does
    ///   not follow the format (wrong version, a negative tolerance, a value that is not a number).
    public static func read(path: String) throws -> RegressionBaseline {
        let json = try JSON.read(path: path)
        func invalid(_ message: String) -> InputError {
            InputError("not a regression baseline: \(message)", file: path)
        }
        guard json.members != nil else { throw invalid("the document is not an object") }
        guard let version = json["version"]?.int, version == Self.version else {
            throw invalid("\"version\" must be \(Self.version)")
        }
        var tolerance = 0.0
        if let value = json["tolerance"] {
            guard let number = value.double, number.isFinite, number >= 0 else {
                throw invalid("\"tolerance\" must be a finite number ≥ 0")
            }
            tolerance = number
        }
        guard let runMembers = json["runs"]?.members else { throw invalid("\"runs\" must be an object") }
        var runs: [String: [String: Double]] = [:]
        for (name, metrics) in runMembers {
            guard let metricMembers = metrics.members else { throw invalid("run '\(name)' must map to an object") }
            var values: [String: Double] = [:]
            for (path, value) in metricMembers {
                guard let number = value.double, number.isFinite else {
                    throw invalid("run '\(name)' metric '\(path)' must be a finite number")
                }
                values[path] = number
            }
            runs[name] = values
        }
        return RegressionBaseline(tolerance: tolerance, runs: runs)
    }

    /// The file text: one metric per line, runs and metrics sorted by key, numbers as
    /// `JSON.double` writes them, so equal baselines are equal bytes.
    public var rendered: String {
        func key(_ text: String) -> String { JSON.string(text).rendered }
        let runLines = runs.sorted { $0.key < $1.key }.map { name, metrics in
            let lines = metrics.sorted { $0.key < $1.key }.map {
                "      \(key($0.key)): \(JSON.double($0.value).rendered)"
            }
            let body = lines.isEmpty ? "{}" : "{\n" + lines.joined(separator: ",\n") + "\n    }"
            return "    \(key(name)): \(body)"
        }
        let runsText = runLines.isEmpty ? "{}" : "{\n" + runLines.joined(separator: ",\n") + "\n  }"
        return """
            {
              "version": \(Self.version),
              "tolerance": \(JSON.double(tolerance).rendered),
              "runs": \(runsText)
            }

            """
    }
}
