import Foundation

/// One PanNuke fold on disk: the true `masks.npy` and `types.npy`, and the predicted `masks.npy`.
///
/// A directory is either flat (`masks.npy`, and `types.npy` for the ground truth) or a fold as
/// PanNuke publishes it (`Fold N/` holding `images/foldN/types.npy` and `masks/foldN/masks.npy`).
/// Masks are (N, H, W, C) with C ≥ 5 (channels 0–4 are the class instance maps; further
/// channels are ignored), memory-mapped and read one image at a time.
public struct PanNukeFoldInput: Sendable {
    /// Ground-truth masks.
    let trueMasks: NpyFile
    /// Predicted masks.
    let predictedMasks: NpyFile
    /// Tissue name of each image.
    public let tissues: [String]
    /// The ground truth's `types.npy`.
    let typesPath: String

    /// Number of images.
    public var count: Int { tissues.count }

    /// Opens and validates a fold.
    ///
    /// - Parameters:
    ///   - trueDirectory: Holds `masks.npy` and `types.npy`.
    ///   - predictedDirectory: Holds `masks.npy`.
    /// - Throws: `InputError` naming the file for a missing file, a wrong shape, or
    ///   differing image counts or sizes.
    public init(trueDirectory: String, predictedDirectory: String) throws {
        let truth = try Self.files(in: trueDirectory)
        trueMasks = try NpyFile(path: truth.masks)
        predictedMasks = try NpyFile(path: try Self.files(in: predictedDirectory).masks)
        let typesFile = try NpyFile(path: truth.types)
        typesPath = truth.types
        for masks in [trueMasks, predictedMasks] {
            guard masks.shape.count == 4, masks.shape[3] >= PanNukeClass.allCases.count else {
                throw InputError("expected PanNuke masks of shape (N, H, W, 6), found \(masks.shape)", file: masks.path)
            }
        }
        guard predictedMasks.shape.prefix(3) == trueMasks.shape.prefix(3) else {
            throw InputError(
                "prediction masks have shape \(predictedMasks.shape) but the ground truth \(trueMasks.path) has \(trueMasks.shape)",
                file: predictedMasks.path
            )
        }
        tissues = try typesFile.strings()
        guard tissues.count == trueMasks.shape[0] else {
            throw InputError(
                "\(tissues.count) tissue names for \(trueMasks.shape[0]) images in \(trueMasks.path)",
                file: typesFile.path
            )
        }
        for (index, tissue) in tissues.enumerated() where PanNukeTissue(rawValue: tissue) == nil {
            throw InputError(
                "image \(index): \"\(tissue)\" is not one of the 19 PanNuke tissue names", file: typesFile.path)
        }
    }

    /// Where the masks and tissue names of a fold directory are, flat or as published.
    static func files(in directory: String) throws -> (masks: String, types: String) {
        let manager = FileManager.default
        if manager.fileExists(atPath: directory + "/masks.npy") {
            return (directory + "/masks.npy", directory + "/types.npy")
        }
        let folds = ((try? manager.contentsOfDirectory(atPath: directory + "/masks")) ?? [])
            .filter { $0.hasPrefix("fold") && manager.fileExists(atPath: "\(directory)/masks/\($0)/masks.npy") }
            .sorted()
        guard folds.count == 1, let fold = folds.first else {
            throw InputError(
                folds.isEmpty
                    ? "expected masks.npy, or a published PanNuke fold (masks/foldN/masks.npy, images/foldN/types.npy)"
                    : "holds several folds (\(folds.joined(separator: ", "))); point at one fold directory",
                file: directory)
        }
        return ("\(directory)/masks/\(fold)/masks.npy", "\(directory)/images/\(fold)/types.npy")
    }

    /// The class channels of image `index`.
    ///
    /// - Parameter index: Image number.
    /// - Returns: Ground truth and prediction.
    /// - Throws: `InputError` for values that are negative, not finite or too large.
    func masks(of index: Int) throws -> (gt: PanNukeMasks, pred: PanNukeMasks) {
        (try Self.classChannels(of: trueMasks, image: index), try Self.classChannels(of: predictedMasks, image: index))
    }

    static func classChannels(of file: NpyFile, image: Int) throws -> PanNukeMasks {
        let height = file.shape[1]
        let width = file.shape[2]
        let channelCount = file.shape[3]
        let values = try file.doubleValues(slice: image)
        var channels = [[Double]](
            repeating: [Double](repeating: 0, count: height * width), count: PanNukeClass.allCases.count)
        for channel in channels.indices {
            channels[channel].withUnsafeMutableBufferPointer { plane in
                values.withUnsafeBufferPointer { pixels in
                    for pixel in 0..<plane.count { plane[pixel] = pixels[pixel * channelCount + channel] }
                }
            }
        }
        do {
            return try PanNukeMasks(height: height, width: width, channels: channels)
        } catch let error as InputError {
            throw InputError("image \(image): \(error.message)", file: file.path)
        }
    }
}
