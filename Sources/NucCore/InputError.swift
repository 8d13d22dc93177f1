/// A problem with user-supplied input: which file, where in it, and what is wrong.
///
/// Every reader and validator throws this so the command line can print one line
/// naming the file and the problem, and exit non-zero without a stack trace.
public struct InputError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The file the problem was found in, when there is one.
    public let file: String?
    /// The byte offset in `file` where the problem was found, when it is known.
    public let offset: Int?
    /// What is wrong, in words a user can act on.
    public let message: String

    /// Creates an input error.
    ///
    /// - Parameters:
    ///   - message: What is wrong.
    ///   - file: The file concerned, if any.
    ///   - offset: The byte offset concerned, if known.
    public init(_ message: String, file: String? = nil, offset: Int? = nil) {
        self.message = message
        self.file = file
        self.offset = offset
    }

    /// Returns the same error attributed to `file` when it names none yet.
    ///
    /// - Parameter file: The path to attach.
    /// - Returns: The error with `file` filled in.
    public func inFile(_ file: String) -> InputError {
        InputError(message, file: self.file ?? file, offset: offset)
    }

    /// `file: at byte N: message`, omitting the parts that are unknown.
    public var description: String {
        var parts: [String] = []
        if let file { parts.append(file) }
        if let offset { parts.append("at byte \(offset)") }
        parts.append(message)
        return parts.joined(separator: ": ")
    }
}
