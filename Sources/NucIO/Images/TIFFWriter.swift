/// Writes baseline uncompressed 8-bit RGB TIFF files: a little-endian header, the pixels
/// as one strip, then one IFD (TIFF 6.0, Part 1 "Baseline TIFF").
public enum TIFFWriter {
    /// Writes `image` to `path`, replacing any file there.
    ///
    /// - Parameters:
    ///   - image: The image; it must have at least one pixel.
    ///   - path: The file to create.
    /// - Throws: `InputError` naming the file when the image is empty, too large for a
    ///   classic TIFF, or the file cannot be written.
    public static func writeRGB(_ image: RGBImage, to path: String) throws {
        guard image.height > 0, image.width > 0, image.samples.count < Int(UInt32.max) / 2 else {
            throw InputError("cannot write a \(image.width)×\(image.height) image as TIFF", file: path)
        }
        try ByteFileWriter.write(bytes(of: image), to: path)
    }

    /// The file's bytes.
    static func bytes(of image: RGBImage) -> [UInt8] {
        let pixelStart = 8
        let bitsOffset = pixelStart + image.samples.count
        let ifdOffset = bitsOffset + 6 + (bitsOffset % 2)
        var bytes = Array("II".utf8) + word(UInt16(42)) + word(UInt32(ifdOffset))
        bytes += image.samples
        if bitsOffset % 2 == 1 { bytes.append(0) }
        let bitsPerSampleOffset = bytes.count
        bytes += word(UInt16(8)) + word(UInt16(8)) + word(UInt16(8))
        // (tag, type, count, value): type 3 SHORT, 4 LONG.
        let entries: [(UInt16, UInt16, UInt32, UInt32)] = [
            (256, 4, 1, UInt32(image.width)),  // ImageWidth
            (257, 4, 1, UInt32(image.height)),  // ImageLength
            (258, 3, 3, UInt32(bitsPerSampleOffset)),  // BitsPerSample 8,8,8
            (259, 3, 1, 1),  // Compression: none
            (262, 3, 1, 2),  // PhotometricInterpretation: RGB
            (273, 4, 1, UInt32(pixelStart)),  // StripOffsets
            (277, 3, 1, 3),  // SamplesPerPixel
            (278, 4, 1, UInt32(image.height)),  // RowsPerStrip
            (279, 4, 1, UInt32(image.samples.count)),  // StripByteCounts
            (284, 3, 1, 1),  // PlanarConfiguration: chunky
        ]
        bytes += word(UInt16(entries.count))
        for (tag, type, count, value) in entries {
            bytes += word(tag) + word(type) + word(count)
            bytes += type == 3 && count == 1 ? word(UInt16(value)) + word(UInt16(0)) : word(value)
        }
        bytes += word(UInt32(0))
        return bytes
    }

    private static func word<Value: FixedWidthInteger>(_ value: Value) -> [UInt8] {
        withUnsafeBytes(of: value.littleEndian) { Array($0) }
    }
}
