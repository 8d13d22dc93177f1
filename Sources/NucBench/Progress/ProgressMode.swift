#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// How progress is shown on standard error.
public enum ProgressMode: String, CaseIterable, Sendable {
    /// A single updating line when standard error is a terminal, plain lines otherwise.
    case auto
    /// Plain lines, at most one every five seconds or every tenth of the work.
    case plain
    /// Nothing.
    case none

    /// The style to draw in: `auto` becomes `terminal` or `plain` by whether standard error
    /// (file descriptor 2) is a terminal.
    ///
    /// - Parameter isTerminal: Whether standard error is a terminal; by default `isatty(2)`.
    /// - Returns: The drawing style.
    public func style(isTerminal: Bool = isatty(STDERR_FILENO) != 0) -> ProgressStyle {
        switch self {
        case .auto: return isTerminal ? .terminal : .plain
        case .plain: return .plain
        case .none: return .none
        }
    }
}

/// How a `ProgressReporter` draws.
public enum ProgressStyle: Sendable, Equatable {
    /// One line redrawn in place (carriage return and erase-line), at most five times a second.
    case terminal
    /// Whole lines, at most one every five seconds or every tenth of the work.
    case plain
    /// Nothing is written.
    case none
}
