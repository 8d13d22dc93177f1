import NucIO

/// Reads point prompts from JSON: `{"prompts": [[[x, y, label], …], …]}`, one inner list per prompt.
///
/// Coordinates are pixel indices of the 256×256 tile (fractions allowed); labels are 1 (positive),
/// 0 (negative) or −1 (padding). The model appends its own padding point; it is not listed.
public enum PromptFile {
    /// Reads and validates a prompts file.
    ///
    /// - Parameter path: The JSON file.
    /// - Returns: The prompts in file order.
    /// - Throws: `InputError` naming the file when it is not JSON, lacks a `prompts` array, or a point
    ///   is not `[x, y, label]` with finite numbers and a label of −1, 0 or 1.
    public static func read(path: String) throws -> [[PromptPoint]] {
        try parse(JSON.read(path: path), file: path)
    }

    /// Validates a parsed prompts document.
    ///
    /// - Parameters:
    ///   - document: The parsed JSON.
    ///   - file: The file, named in errors.
    /// - Returns: The prompts in order.
    /// - Throws: `InputError` as `read(path:)` describes.
    public static func parse(_ document: JSON, file: String) throws -> [[PromptPoint]] {
        guard let prompts = document["prompts"]?.elements else {
            throw InputError("expected an object with a \"prompts\" array", file: file)
        }
        return try prompts.enumerated().map { index, prompt in
            guard let points = prompt.elements else {
                throw InputError("prompt \(index) is not an array of [x, y, label] points", file: file)
            }
            return try points.enumerated().map { slot, point in
                guard let values = point.doubles, values.count == 3, values.allSatisfy(\.isFinite) else {
                    throw InputError(
                        "prompt \(index) point \(slot) is not [x, y, label] with finite numbers", file: file)
                }
                guard let label = PromptLabel(rawValue: Int(exactly: values[2]) ?? 2) else {
                    throw InputError(
                        "prompt \(index) point \(slot) has label \(values[2]); expected -1, 0 or 1", file: file)
                }
                return PromptPoint(x: values[0], y: values[1], label: label)
            }
        }
    }
}
