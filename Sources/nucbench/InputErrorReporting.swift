import ArgumentParser
import NucBench

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Exit status for invalid input (a file that cannot be read or is malformed).
let invalidInputExitCode: Int32 = 3

/// Runs `body`, turning an `InputError` into one line on stderr and exit status 3.
///
/// Results-store errors are reported the same way: status 3 when the request conflicts with
/// the store (a run name reused with other options, a store from a newer nucbench), 1 otherwise.
///
/// - Parameter body: The command's work.
/// - Throws: `ExitCode(3)` for input errors, `ExitCode(1)` for other store failures; other
///   errors unchanged.
func reportingInputErrors(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as InputError {
        writeToStandardError("nucbench: \(error)\n")
        throw ExitCode(invalidInputExitCode)
    } catch let error as StoreError {
        writeToStandardError("nucbench: \(error)\n")
        throw ExitCode(error.kind == .runConflict || error.kind == .newerSchema ? invalidInputExitCode : 1)
    }
}

/// Writes text to standard error, unbuffered.
///
/// - Parameter text: What to write.
func writeToStandardError(_ text: String) {
    let bytes = Array(text.utf8)
    _ = bytes.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
}
