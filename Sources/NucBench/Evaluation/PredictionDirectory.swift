import Foundation

/// A folder of per-image predictions, found by the ground-truth image's name (its stem).
///
/// For an image `<stem>` the instance map is the one of these files that exists:
/// * `<stem>.inst.npy` — nucbench's own format, written by `nucbench infer`: an `int32`
///   (H, W) instance map, 0 background, any positive ids; with an optional
///   `<stem>.class.npy`, a `uint8` (H, W) class map, 0 background and 1…5 the PanNuke classes
///   in channel order (Neoplastic, Inflammatory, Connective, Dead, Epithelial);
/// * `<stem>.mat` — HoVer-Net's output: `inst_map`, and when present `inst_type` (N×1) and
///   `inst_centroid` (N×2, x then y), which are then used as stored;
/// * `<stem>.npy`, `<stem>.png`, `<stem>.tif` or `<stem>.tiff` — a grey instance map of any
///   integer (or integral float) type, with an optional class map `<stem>.class.npy`,
///   `.class.png`, `.class.tif` or `.class.tiff`.
///
/// Two instance-map files for one image are refused as ambiguous.
public struct PredictionDirectory: Sendable {
    /// The folder.
    public let path: String
    private let files: Set<String>

    /// Instance-map suffixes, in the order they are looked for.
    static let instanceSuffixes = [".inst.npy", ".mat", ".npy", ".png", ".tif", ".tiff"]
    /// Class-map suffixes.
    static let classSuffixes = [".class.npy", ".class.png", ".class.tif", ".class.tiff"]

    /// Lists a prediction folder.
    ///
    /// - Parameter path: The folder.
    /// - Throws: `InputError` naming the folder when it does not exist or cannot be listed.
    public init(path: String) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw InputError("prediction folder not found", file: path)
        }
        do {
            files = Set(try FileManager.default.contentsOfDirectory(atPath: path))
        } catch {
            throw InputError("cannot list the prediction folder: \(error.localizedDescription)", file: path)
        }
        self.path = path
    }

    /// The files holding the prediction of image `stem`.
    ///
    /// - Parameter stem: The ground-truth image's name without extension.
    /// - Returns: The instance-map file and the class-map file, if any.
    /// - Throws: `InputError` naming the folder when no instance map or more than one exists.
    public func files(of stem: String) throws -> (instances: String, classes: String?) {
        let instanceFiles = Self.instanceSuffixes.map { stem + $0 }.filter { name in
            // `<stem>.class.npy` and `<stem>.inst.npy` are not `<stem>.npy` files of another image.
            files.contains(name)
        }
        guard let instances = instanceFiles.first else {
            throw InputError(
                "no prediction for image '\(stem)': expected \(stem).inst.npy, .mat, .npy, .png, .tif or .tiff",
                file: path)
        }
        guard instanceFiles.count == 1 else {
            throw InputError(
                "ambiguous prediction for image '\(stem)': " + instanceFiles.joined(separator: " and ")
                    + " both exist; keep one", file: path)
        }
        let classes = Self.classSuffixes.map { stem + $0 }.first { files.contains($0) }
        return (path + "/" + instances, classes.map { path + "/" + $0 })
    }

    /// Reads the prediction of image `stem`.
    ///
    /// - Parameter stem: The ground-truth image's name without extension.
    /// - Returns: The prediction.
    /// - Throws: `InputError` naming the file for a missing, ambiguous or unreadable prediction.
    public func prediction(of stem: String) throws -> PredictedImage {
        let (instancePath, classPath) = try files(of: stem)
        if instancePath.hasSuffix(".mat") {
            let file = try MatFile(path: instancePath)
            let instances = try file.instanceMap()
            let types = file.variableNames.contains("inst_type") ? try file.instanceTypes() : nil
            let centroids = file.variableNames.contains("inst_centroid") ? try file.centroids() : nil
            if let types, types.count != instances.count {
                throw InputError(
                    "inst_type has \(types.count) entries but inst_map has \(instances.count) instances",
                    file: instancePath)
            }
            if let centroids, centroids.count != instances.count {
                throw InputError(
                    "inst_centroid has \(centroids.count) rows but inst_map has \(instances.count) instances",
                    file: instancePath)
            }
            let classMap = try classPath.map { try Self.classMap($0, like: instances) }
            return PredictedImage(
                instances: instances, classMap: classMap, storedTypes: types, storedCentroids: centroids,
                files: [instancePath] + (classPath.map { [$0] } ?? []))
        }
        let instances = try LabelMapSource(path: instancePath).map(at: 0)
        let classMap = try classPath.map { try Self.classMap($0, like: instances) }
        return PredictedImage(
            instances: instances, classMap: classMap, storedTypes: nil, storedCentroids: nil,
            files: [instancePath] + (classPath.map { [$0] } ?? []))
    }

    /// Reads a class map and checks its size against the instance map.
    private static func classMap(_ path: String, like instances: InstanceMap) throws -> [Int32] {
        let values: [Int64]
        let shape: [Int]
        if path.hasSuffix(".npy") {
            let file = try NpyFile(path: path)
            shape = file.shape
            values = try file.int64Values()
        } else {
            guard case .grey(let image) = try ImageFile.read(path: path) else {
                throw InputError(
                    "a colour image is not a class map; class maps must be single-channel grey", file: path)
            }
            shape = [image.height, image.width]
            values = try greyValues(image.samples, path: path)
        }
        guard shape == [instances.height, instances.width] else {
            throw InputError(
                "class map has shape \(shape) but the instance map is \(instances.height)×\(instances.width)",
                file: path)
        }
        return try values.map { value in
            guard let narrow = Int32(exactly: value), narrow >= 0 else {
                throw InputError("class value \(value) is not a class number (0 background, 1, 2, …)", file: path)
            }
            return narrow
        }
    }

    /// The samples of a grey image as integers.
    private static func greyValues(_ samples: GreyImage.Samples, path: String) throws -> [Int64] {
        switch samples {
        case .uint8(let values): return values.map(Int64.init)
        case .uint16(let values): return values.map(Int64.init)
        case .uint32(let values): return values.map(Int64.init)
        case .int32(let values): return values.map(Int64.init)
        case .float32(let values):
            return try values.map { value in
                guard let whole = Int64(exactly: value) else {
                    throw InputError("class value \(value) is not a whole number", file: path)
                }
                return whole
            }
        }
    }
}
