/// Reads PNG and TIFF images, telling them apart by their signatures, not their names.
///
/// See `PNGFile` and `TIFFFile` for what each reader supports and how colour images are
/// reduced to 8-bit RGB.
public enum ImageFile {
    /// Reads a PNG or TIFF.
    ///
    /// - Parameter path: The file.
    /// - Returns: A grey image at the file's depth, or an 8-bit RGB image.
    /// - Throws: `InputError` naming the file when it cannot be opened, starts with neither
    ///   the PNG signature nor a TIFF header (`II*\0`, `MM\0*` or their BigTIFF forms), or
    ///   cannot be decoded.
    public static func read(path: String) throws -> DecodedImage {
        let mapping = try MemoryMappedFile(path: path)
        return try mapping.withBytes { bytes in
            guard let format = ImageFormat.detect(bytes) else {
                let start = bytes.prefix(8).map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined(separator: " ")
                throw InputError("not a PNG or TIFF file: it starts with bytes \(start)", file: path, offset: 0)
            }
            return try ImageDecoder.decode(bytes, as: format, path: path)
        }
    }

    /// Reads a PNG or TIFF as 8-bit RGB, converting grey images with `GreyImage.rgbImage()`.
    ///
    /// - Parameter path: The file.
    /// - Returns: The RGB image.
    /// - Throws: `InputError` naming the file as `read(path:)` does, or for 32-bit grey images.
    public static func readRGB(path: String) throws -> RGBImage {
        do {
            return try read(path: path).rgbImage()
        } catch let error as InputError {
            throw error.inFile(path)
        }
    }

    /// Reads a grey PNG or TIFF as an instance label map.
    ///
    /// - Parameter path: The file.
    /// - Returns: The compacted map.
    /// - Throws: `InputError` naming the file as `read(path:)` does, for colour images (an
    ///   RGB-encoded label map must be converted first), and for negative or non-integral
    ///   labels.
    public static func readLabels(path: String) throws -> InstanceMap {
        do {
            return try read(path: path).instanceMap()
        } catch let error as InputError {
            throw error.inFile(path)
        }
    }
}
