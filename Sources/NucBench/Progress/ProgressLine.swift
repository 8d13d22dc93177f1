import Foundation

/// The text of one progress report: count and total, percentage, rate and time left.
///
/// Pure formatting of a snapshot, so the lines are testable without a clock:
/// `scoring 120/2656 images (4.5%), 35.2 images/s, ETA 1m12s`, and when the work is done
/// `scoring 2656/2656 images in 1m15s (35.4 images/s)`. The rate is the mean since the
/// start; the ETA is the remaining count at that rate, rounded up to a whole second. Before
/// the first image or the first instant has passed, rate and ETA read `--`.
struct ProgressLine: Equatable {
    /// What is being done (`scoring`).
    let label: String
    /// Items done.
    let completed: Int
    /// Items in all.
    let total: Int
    /// Seconds since the start.
    let elapsed: Double

    /// Whether every item is done.
    var isComplete: Bool { completed >= total }

    /// The report without line ending or terminal controls.
    var text: String {
        let rate = elapsed > 0 && completed > 0 ? Double(completed) / elapsed : nil
        let rateText = rate.map { String(format: "%.1f images/s", $0) } ?? "-- images/s"
        if isComplete {
            return "\(label) \(completed)/\(total) images in \(Self.duration(elapsed)) (\(rateText))"
        }
        let percent = total > 0 ? 100 * Double(completed) / Double(total) : 100
        let eta = rate.map { Self.duration((Double(total - completed) / $0).rounded(.up)) } ?? "--"
        return "\(label) \(completed)/\(total) images (\(String(format: "%.1f", percent))%), \(rateText), ETA \(eta)"
    }

    /// A duration as `42s`, `3m07s` or `2h05m09s` (whole seconds, rounded down).
    ///
    /// - Parameter seconds: The duration; negative or non-finite values read `--`.
    /// - Returns: The text.
    static func duration(_ seconds: Double) -> String {
        guard seconds.isFinite, seconds >= 0 else { return "--" }
        let whole = Int(seconds.rounded(.down))
        let (hours, minutes, rest) = (whole / 3600, whole / 60 % 60, whole % 60)
        if hours > 0 { return String(format: "%dh%02dm%02ds", hours, minutes, rest) }
        if minutes > 0 { return String(format: "%dm%02ds", minutes, rest) }
        return "\(rest)s"
    }
}
