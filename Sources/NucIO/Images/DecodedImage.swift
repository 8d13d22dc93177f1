/// An image as a file holds it: colour pictures as 8-bit RGB, grey images at their own depth.
public enum DecodedImage: Sendable, Equatable {
    /// A colour picture (RGB, RGBA, palette or grey with alpha in the file), as 8-bit RGB.
    case rgb(RGBImage)
    /// A single-channel image with its stored values.
    case grey(GreyImage)

    /// Number of rows.
    public var height: Int {
        switch self {
        case .rgb(let image): image.height
        case .grey(let image): image.height
        }
    }

    /// Number of columns.
    public var width: Int {
        switch self {
        case .rgb(let image): image.width
        case .grey(let image): image.width
        }
    }

    /// The image as 8-bit RGB, converting grey images with `GreyImage.rgbImage()`.
    ///
    /// - Returns: The RGB image.
    /// - Throws: `InputError` without a file for 32-bit grey images.
    public func rgbImage() throws -> RGBImage {
        switch self {
        case .rgb(let image): image
        case .grey(let image): try image.rgbImage()
        }
    }

    /// The image as an instance label map; only grey images are label maps.
    ///
    /// - Returns: The compacted map.
    /// - Throws: `InputError` without a file for colour images, or for labels that
    ///   `GreyImage.instanceMap()` rejects.
    public func instanceMap() throws -> InstanceMap {
        switch self {
        case .rgb:
            throw InputError(
                "a colour (RGB, RGBA or palette) image is not a label map; label maps must be single-channel grey")
        case .grey(let image):
            try image.instanceMap()
        }
    }
}
