import Foundation

/// The RGB images of a PanNuke fold (`images.npy`, (N, H, W, 3)), found next to its masks.
///
/// A flat fold directory holds `images.npy` beside `masks.npy`; a published fold holds
/// `images/foldN/images.npy` beside `masks/foldN/masks.npy`.
struct PanNukeImages {
    /// The images file.
    let file: NpyFile

    /// Opens the images that belong to a masks file.
    ///
    /// - Parameter masks: The fold's ground-truth masks.
    /// - Throws: `InputError` naming the file when no images file is there or its shape does not
    ///   match the masks.
    init(besideMasks masks: NpyFile) throws {
        let folder = URL(fileURLWithPath: masks.path).deletingLastPathComponent()
        let flat = folder.appendingPathComponent("images.npy").path
        let published = folder.deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("images").appendingPathComponent(folder.lastPathComponent)
            .appendingPathComponent("images.npy").path
        guard let path = [flat, published].first(where: { FileManager.default.fileExists(atPath: $0) }) else {
            throw InputError(
                "overlays need the fold's RGB images; found neither \(flat) nor \(published)", file: masks.path)
        }
        file = try NpyFile(path: path)
        guard file.shape.count == 4, file.shape[3] == 3, file.shape.prefix(3) == masks.shape.prefix(3) else {
            throw InputError(
                "expected images of shape (\(masks.shape.prefix(3).map(String.init).joined(separator: ", ")), 3) "
                    + "to match \(masks.path), found \(file.shape)",
                file: path)
        }
    }

    /// Image `index` as 8-bit RGB; float values are truncated toward zero (numpy `astype(np.uint8)`).
    ///
    /// - Parameter index: The image.
    /// - Returns: The image.
    /// - Throws: `InputError` naming the file for a value that is NaN or outside [0, 256).
    func rgbImage(_ index: Int) throws -> RGBImage {
        let values = try file.doubleValues(slice: index)
        var samples = [UInt8](repeating: 0, count: values.count)
        for (position, value) in values.enumerated() {
            guard value >= 0, value < 256 else {
                throw InputError(
                    "image \(index) sample \(position) is \(value); expected a value in [0, 255]", file: file.path)
            }
            samples[position] = UInt8(value)
        }
        return RGBImage(height: file.shape[1], width: file.shape[2], samples: samples)
    }
}
