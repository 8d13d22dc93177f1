import Foundation
import NucCore
import NucIO

/// Writes one image's prediction in nucbench's own format, as `PredictionDirectory` reads it:
/// `<stem>.inst.npy`, an `int32` (H, W) instance map (0 background), and optionally
/// `<stem>.class.npy`, a `uint8` (H, W) class map (0 background, 1…5 the PanNuke classes).
public enum PredictionWriter {
    /// Writes the maps of one image.
    ///
    /// - Parameters:
    ///   - instances: The row-major instance map.
    ///   - classes: The row-major class map, or nil.
    ///   - width: The maps' width.
    ///   - height: The maps' height.
    ///   - stem: The ground-truth image's name without extension.
    ///   - folder: The prediction folder, created when missing.
    /// - Returns: The files written, instance map first.
    /// - Throws: `InputError` naming the file when a map does not fit the size, the folder cannot be
    ///   created or a file cannot be written.
    @discardableResult
    public static func write(
        instances: [Int32], classes: [UInt8]?, width: Int, height: Int, stem: String, folder: String
    ) throws -> [String] {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw InputError("cannot create the prediction folder: \(error.localizedDescription)", file: folder)
        }
        let instancePath = folder + "/" + stem + ".inst.npy"
        try NpyWriter.write(instances, shape: [height, width], to: instancePath)
        guard let classes else { return [instancePath] }
        let classPath = folder + "/" + stem + ".class.npy"
        try NpyWriter.write(classes, shape: [height, width], to: classPath)
        return [instancePath, classPath]
    }
}
