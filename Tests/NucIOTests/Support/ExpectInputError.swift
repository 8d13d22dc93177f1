import NucIO
import Testing

/// Expects `body` to throw an `InputError` that names `file` and whose message contains `fragment`.
///
/// - Returns: The error, for further checks.
@discardableResult
func expectInputError(
    file: String?, containing fragment: String, sourceLocation: SourceLocation = #_sourceLocation,
    _ body: () throws -> Void
) -> InputError? {
    let error = #expect(throws: InputError.self, sourceLocation: sourceLocation) { try body() }
    if let error {
        #expect(error.file == file, "error names \(error.file ?? "no file")", sourceLocation: sourceLocation)
        #expect(
            error.message.contains(fragment), "message was: \(error.message)", sourceLocation: sourceLocation)
    }
    return error
}
