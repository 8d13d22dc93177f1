import CImageBridge

/// Reads and writes PNG files through libpng 1.6.
///
/// Reading keeps grey images (colour type 0) at their own depth and values: 1-, 2- and 4-bit
/// samples are unpacked to one byte each without scaling, 16-bit samples stay 16-bit, and a
/// tRNS chunk is ignored. Every other colour type (RGB, RGBA, palette, grey with alpha, 8- or
/// 16-bit) becomes 8-bit RGB: palettes are expanded, alpha and palette transparency are
/// dropped without compositing (as Pillow's `convert("RGB")` does), and 16-bit samples keep
/// their high byte (`png_set_strip_16`: the value divided by 256, rounded down, as Pillow
/// reads 16-bit RGB). No gamma, colour-profile or sBIT transformation is applied. Interlaced
/// (Adam7) files are read too. CRC errors in critical chunks and truncated data are errors.
public enum PNGFile {
    /// Reads a PNG.
    ///
    /// - Parameter path: The file.
    /// - Returns: A grey image at the file's depth, or an 8-bit RGB image.
    /// - Throws: `InputError` naming the file, with libpng's message, when it cannot be
    ///   opened, is not a PNG, is corrupt or truncated, has zero width or height, or has more
    ///   than 2^28 pixels.
    public static func read(path: String) throws -> DecodedImage {
        try ImageDecoder.decode(path: path, as: .png)
    }

    /// Writes an 8-bit RGB PNG, replacing any file at `path`.
    ///
    /// - Parameters:
    ///   - image: The image; it must have at least one pixel.
    ///   - path: The file to create.
    /// - Throws: `InputError` naming the file if the image is empty or too wide for PNG, or
    ///   the file cannot be written; a partial file is removed.
    public static func writeRGB(_ image: RGBImage, to path: String) throws {
        try checkSize(height: image.height, width: image.width, path: path)
        try image.samples.withUnsafeBytes { samples in
            try write(samples, height: image.height, width: image.width, format: NBPNGPixelFormatRGB8, path: path)
        }
    }

    /// Writes a 16-bit greyscale PNG, replacing any file at `path`.
    ///
    /// Any sample type is accepted as long as every value is a whole number in 0…65535, so
    /// a label map with up to 65535 instances can be written whatever type holds it.
    ///
    /// - Parameters:
    ///   - image: The image; it must have at least one pixel.
    ///   - path: The file to create.
    /// - Throws: `InputError` naming the file if the image is empty or too wide for PNG, a
    ///   value does not fit 16 bits, or the file cannot be written; a partial file is removed.
    public static func writeGrey16(_ image: GreyImage, to path: String) throws {
        try checkSize(height: image.height, width: image.width, path: path)
        let values: [UInt16]
        do {
            values = try sixteenBitValues(image.samples)
        } catch let error as InputError {
            throw error.inFile(path)
        }
        try values.withUnsafeBytes { samples in
            try write(samples, height: image.height, width: image.width, format: NBPNGPixelFormatGrey16, path: path)
        }
    }

    // MARK: - Writing

    private static func checkSize(height: Int, width: Int, path: String) throws {
        let limit = Int(Int32.max)
        guard (1...limit).contains(height), (1...limit).contains(width) else {
            throw InputError("cannot write a \(height) × \(width) PNG: sides must be 1…\(limit)", file: path)
        }
    }

    private static func sixteenBitValues(_ samples: GreyImage.Samples) throws -> [UInt16] {
        func converted<Value: BinaryInteger>(_ values: [Value]) throws -> [UInt16] {
            try values.enumerated().map { pixel, value in
                guard let narrow = UInt16(exactly: value) else {
                    throw InputError("value \(value) at pixel \(pixel) does not fit a 16-bit PNG (0…65535)")
                }
                return narrow
            }
        }
        switch samples {
        case .uint8(let values): return values.map { UInt16($0) }
        case .uint16(let values): return values
        case .uint32(let values): return try converted(values)
        case .int32(let values): return try converted(values)
        case .float32(let values):
            return try values.enumerated().map { pixel, value in
                guard let narrow = UInt16(exactly: value) else {
                    throw InputError("value \(value) at pixel \(pixel) is not a whole number in 0…65535")
                }
                return narrow
            }
        }
    }

    private static func write(
        _ samples: UnsafeRawBufferPointer, height: Int, width: Int, format: NBPNGPixelFormat, path: String
    ) throws {
        guard let base = samples.baseAddress else { throw InputError("cannot write an empty image", file: path) }
        var message = BridgeMessage()
        let written = nb_png_write(
            path, base, UInt32(width), UInt32(height), format, &message.buffer, BridgeMessage.capacity)
        guard written == 1 else { throw InputError(message.text, file: path) }
    }
}
