import Dispatch
import Foundation

/// Shows how far a long job is, on standard error, from any number of threads.
///
/// Workers call `advance(by:)` as they finish items (concurrently: every call takes a lock)
/// and the owner calls `finish()` once. What is written depends on the style:
/// * `.terminal`: one line redrawn in place (`\r`, erase line) at most every 0.2 s, and on
///   `finish()` the summary line with a newline;
/// * `.plain`: a whole line when 5 s have passed since the last one or the count enters a
///   new tenth of the total, and the summary line on `finish()`;
/// * `.none`: nothing.
///
/// The clock and the sink are injected, so tests drive time and capture the text; results
/// never go here, only to standard output or files.
public final class ProgressReporter: @unchecked Sendable {
    /// Seconds on a monotonic clock.
    public typealias Clock = @Sendable () -> Double
    /// Receives text to write, line endings and terminal controls included.
    public typealias Sink = @Sendable (String) -> Void

    /// Seconds between plain lines at the most.
    static let plainInterval = 5.0
    /// Seconds between terminal redraws at the least.
    static let terminalInterval = 0.2
    /// Carriage return and ANSI erase-in-line: the start of every terminal redraw.
    static let redraw = "\r\u{1B}[K"

    private let label: String
    private let total: Int
    private let style: ProgressStyle
    private let clock: Clock
    private let sink: Sink
    private let start: Double
    private let lock = NSLock()
    private var completed = 0
    private var lastWritten: Double?
    private var lastTenth = 0
    private var finished = false

    /// Creates a reporter; nothing is written until the first `advance(by:)`.
    ///
    /// - Parameters:
    ///   - total: Items the job will do.
    ///   - label: What is being done, first word of every line (`scoring`).
    ///   - style: How to draw.
    ///   - clock: Monotonic seconds; by default the system's uptime clock.
    ///   - sink: Where the text goes; by default standard error.
    public init(
        total: Int, label: String, style: ProgressStyle, clock: @escaping Clock = ProgressReporter.uptimeSeconds,
        sink: @escaping Sink = ProgressReporter.standardError
    ) {
        self.total = max(0, total)
        self.label = label
        self.style = style
        self.clock = clock
        self.sink = sink
        start = clock()
    }

    /// Creates a reporter writing to standard error in the style `mode` resolves to there.
    ///
    /// - Parameters:
    ///   - total: Items the job will do.
    ///   - label: What is being done.
    ///   - mode: `auto` (terminal or plain by `isatty(2)`), `plain` or `none`.
    public convenience init(total: Int, label: String, mode: ProgressMode) {
        self.init(total: total, label: label, style: mode.style())
    }

    /// Records finished items and redraws when the style's throttle allows.
    ///
    /// - Parameter count: Items finished since the last call.
    public func advance(by count: Int = 1) {
        guard style != .none else { return }
        lock.lock()
        defer { lock.unlock() }
        guard !finished else { return }
        completed += count
        let now = clock()
        let line = ProgressLine(label: label, completed: completed, total: total, elapsed: now - start)
        switch style {
        case .terminal:
            if lastWritten.map({ now - $0 >= Self.terminalInterval }) ?? true {
                lastWritten = now
                sink(Self.redraw + line.text)
            }
        case .plain:
            let tenth = total > 0 ? min(completed, total) * 10 / total : 10
            guard !line.isComplete, tenth > lastTenth || now - (lastWritten ?? start) >= Self.plainInterval else {
                return
            }
            lastWritten = now
            lastTenth = tenth
            sink(line.text + "\n")
        case .none:
            return
        }
    }

    /// Writes the summary line (count, total time, mean rate); later calls do nothing.
    public func finish() {
        guard style != .none else { return }
        lock.lock()
        defer { lock.unlock() }
        guard !finished else { return }
        finished = true
        let line = ProgressLine(label: label, completed: completed, total: total, elapsed: clock() - start)
        sink((style == .terminal ? Self.redraw : "") + line.text + "\n")
    }

    // MARK: - Defaults

    /// The system's monotonic uptime in seconds.
    ///
    /// - Returns: Seconds since an arbitrary fixed instant.
    @Sendable public static func uptimeSeconds() -> Double {
        Double(DispatchTime.now().uptimeNanoseconds) / 1.0e9
    }

    /// Writes text to standard error unbuffered.
    ///
    /// - Parameter text: The text.
    @Sendable public static func standardError(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
