import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One image's prediction files in one output folder, as `PredictionDirectory` and
/// `PromptNucSegPointFiles` read them: `<stem>.inst.npy` (int32 H×W), `<stem>.class.npy` (uint8 H×W,
/// PanNuke only) and `<stem>.points.npy` (float64 N×4: x, y, score, 0-based class).
///
/// Each file is written to a hidden `.<name>.partial` beside it and renamed into place, so a killed
/// run leaves either the complete file or none; an image is complete when all its files exist.
struct InferredImageFiles {
    /// The output folder.
    let folder: String
    /// The image's stem.
    let stem: String
    /// Whether a class map belongs to the prediction.
    let hasClasses: Bool

    /// The paths of the files, instance map first.
    var paths: [String] {
        let names = hasClasses ? ["inst", "class", "points"] : ["inst", "points"]
        return names.map { "\(folder)/\(stem).\($0).npy" }
    }

    /// Whether every file exists (the image was finished by an earlier run).
    var isComplete: Bool {
        paths.allSatisfy { FileManager.default.fileExists(atPath: $0) }
    }

    /// Writes the prediction, each file atomically.
    ///
    /// - Parameters:
    ///   - instances: The row-major instance map.
    ///   - classes: The row-major class map (1-based, 0 background), when `hasClasses`.
    ///   - width: The maps' width.
    ///   - height: The maps' height.
    ///   - prompts: The prompts used, 0-based class in `type`.
    /// - Throws: `InputError` naming the file that cannot be written or renamed.
    func write(instances: [Int32], classes: [UInt8]?, width: Int, height: Int, prompts: [TypedPoint]) throws {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw InputError("cannot create the prediction folder: \(error.localizedDescription)", file: folder)
        }
        let rows = prompts.flatMap { [$0.point.x, $0.point.y, $0.score, Double($0.type)] }
        try Self.atomically(to: "\(folder)/\(stem).points.npy") {
            try NpyWriter.write(rows, shape: [prompts.count, 4], to: $0)
        }
        if hasClasses, let classes {
            try Self.atomically(to: "\(folder)/\(stem).class.npy") {
                try NpyWriter.write(classes, shape: [height, width], to: $0)
            }
        }
        try Self.atomically(to: "\(folder)/\(stem).inst.npy") {
            try NpyWriter.write(instances, shape: [height, width], to: $0)
        }
    }

    /// Writes through a temporary file renamed to `path`.
    private static func atomically(to path: String, _ body: (String) throws -> Void) throws {
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent().appendingPathComponent("." + url.lastPathComponent + ".partial")
            .path
        try body(temporary)
        guard rename(temporary, path) == 0 else {
            throw InputError(
                "cannot move the finished file into place: \(String(cString: strerror(errno)))", file: path)
        }
    }
}
