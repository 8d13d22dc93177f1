/// One PanNuke fold as published: `Fold N/images/foldN/images.npy`, `…/types.npy` and
/// `Fold N/masks/foldN/masks.npy`, memory-mapped and read one image at a time.
///
/// Shapes (datasets spec §1): images (N, H, W, 3) float64 in [0, 255], masks (N, H, W, 6)
/// with channels 0–4 the class instance maps and 5 background, types (N,) tissue names.
/// Any H × W is accepted; the dtype is whatever the headers say.
final class PanNukeFold: SampleSource {
    /// The fold number, 1…3 in the published data.
    let number: Int
    /// `images.npy`.
    let images: NpyFile
    /// `masks.npy`.
    let masks: NpyFile
    /// `types.npy`.
    let typesPath: String
    /// Tissue name of each image.
    let tissues: [String]

    /// The number of class channels read from `masks.npy` (channel 5 is background).
    static let classChannelCount = 5

    /// Opens and checks fold `number` under `directory` (the `Fold N` folder).
    ///
    /// - Parameters:
    ///   - directory: The `Fold N` folder.
    ///   - number: N.
    /// - Throws: `InputError` naming what was expected and what was found when a file is
    ///   missing, and naming the file when shapes or counts disagree.
    init(directory: String, number: Int) throws {
        self.number = number
        let imagesPath = "\(directory)/images/fold\(number)/images.npy"
        typesPath = "\(directory)/images/fold\(number)/types.npy"
        let masksPath = "\(directory)/masks/fold\(number)/masks.npy"
        for path in [imagesPath, typesPath, masksPath] where !DirectoryListing.isFile(path) {
            throw InputError(
                "expected the published PanNuke files images/fold\(number)/images.npy, "
                    + "images/fold\(number)/types.npy and masks/fold\(number)/masks.npy; "
                    + "found: \(Self.contents(of: directory))",
                file: path)
        }
        images = try NpyFile(path: imagesPath)
        masks = try NpyFile(path: masksPath)
        tissues = try NpyFile(path: typesPath).strings()
        try checkShapes()
    }

    /// Sample metadata for every image, in file order, named `{fold}_{k}`.
    ///
    /// - Parameter micronsPerPixel: The pixel size to record, if known.
    /// - Returns: One entry per image.
    func metadata(micronsPerPixel: Double?) -> [SampleMetadata] {
        tissues.enumerated().map { index, tissue in
            SampleMetadata(
                name: "\(number)_\(index)", split: "fold\(number)", fold: number, tissue: tissue,
                micronsPerPixel: micronsPerPixel, imagePath: images.path, labelPath: masks.path, index: index)
        }
    }

    // MARK: - SampleSource

    func image(of sample: SampleMetadata) throws -> RGBImage {
        try rgbImage(index: try index(of: sample))
    }

    func labels(of sample: SampleMetadata) throws -> SampleLabels {
        let index = try index(of: sample)
        let (height, width) = (masks.shape[1], masks.shape[2])
        let channels = try classChannels(image: index)
        do {
            let conversion = try PanNukeConversion(channels: channels, height: height, width: width)
            let anomalies =
                conversion.anomalies(sample: sample.name, file: masks.path)
                + LabelMapChecks.anomalies(
                    of: conversion.instances, sample: sample.name, file: masks.path, checkIds: false)
            return SampleLabels(
                instances: conversion.instances, classes: conversion.classes, classChannels: channels,
                storedType: masks.dtype.description, anomalies: anomalies)
        } catch let error as InputError {
            throw InputError("image \(index): \(error.message)", file: masks.path)
        }
    }

    /// The five class channels of image `index`, each row-major, values as stored.
    ///
    /// - Parameter index: The image.
    /// - Returns: Five channels of H × W values.
    /// - Throws: `InputError` when the slice cannot be read.
    /// - Complexity: One pass over the image's bytes in the file.
    func classChannels(image index: Int) throws -> [[Double]] {
        let pixelCount = masks.shape[1] * masks.shape[2]
        let channelCount = masks.shape[3]
        let interleaved = try masks.doubleValues(slice: index)
        return (0..<Self.classChannelCount).map { channel in
            [Double](unsafeUninitializedCapacity: pixelCount) { plane, initialized in
                interleaved.withUnsafeBufferPointer { pixels in
                    for pixel in 0..<pixelCount { plane[pixel] = pixels[pixel * channelCount + channel] }
                }
                initialized = pixelCount
            }
        }
    }

    // MARK: - Checks

    private func index(of sample: SampleMetadata) throws -> Int {
        guard let index = sample.index, tissues.indices.contains(index) else {
            throw InputError("sample \(sample.name) is not an image of this fold", file: masks.path)
        }
        return index
    }

    private func checkShapes() throws {
        guard images.shape.count == 4, images.shape[3] == 3 else {
            throw InputError("expected images of shape (N, H, W, 3), found \(images.shape)", file: images.path)
        }
        guard masks.shape.count == 4, masks.shape[3] >= Self.classChannelCount else {
            throw InputError("expected masks of shape (N, H, W, 6), found \(masks.shape)", file: masks.path)
        }
        guard masks.shape.prefix(3) == images.shape.prefix(3) else {
            throw InputError(
                "masks have shape \(masks.shape) but \(images.path) has \(images.shape)", file: masks.path)
        }
        guard tissues.count == images.shape[0] else {
            throw InputError(
                "\(tissues.count) tissue names for \(images.shape[0]) images in \(images.path)", file: typesPath)
        }
    }

    private static func contents(of directory: String) -> String {
        guard let listing = try? DirectoryListing(path: directory) else { return "nothing (no such folder)" }
        var found: [String] = []
        for entry in listing.entries {
            guard entry.isDirectory else {
                found.append(entry.name)
                continue
            }
            let inner = (try? DirectoryListing(path: directory + "/" + entry.name))?.entries.map(\.name) ?? []
            found.append(entry.name + "/" + (inner.isEmpty ? "" : "{" + inner.joined(separator: ", ") + "}"))
        }
        return found.isEmpty ? "an empty folder" : found.joined(separator: ", ")
    }
}
