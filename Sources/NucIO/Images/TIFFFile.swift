/// Reads TIFF files through libtiff 4.5; only the first directory (page) is read.
///
/// Strips and tiles, contiguous and separate planes, both byte orders, BigTIFF, and every
/// compression the installed libtiff decodes (none, LZW, Deflate, PackBits, LZMA, JPEG, …)
/// are supported.
///
/// Grey images (MinIsBlack, one sample per pixel) keep their depth and values: unsigned 1,
/// 2, 4, 8, 16 or 32 bits (1, 2 and 4 unpacked to one byte each, not scaled), signed 32-bit
/// and 32-bit float. Colour images become 8-bit RGB, copied sample for sample without colour
/// conversion: RGB of 8 or 16 bits (extra samples such as alpha dropped), grey with one extra
/// sample of 8 or 16 bits (replicated), and palette images of 1 to 8 bits (each 16-bit
/// colour-map entry keeps its high byte). 16-bit colour samples keep their high byte, as in
/// `PNGFile`; Pillow's `convert("RGB")` gives the same values for all of these. YCbCr is read
/// only when JPEG-compressed, converted to RGB by libjpeg, whose output may differ slightly
/// between libjpeg versions. The Orientation tag is ignored: pixels come in stored order, as
/// Pillow and tifffile return them. MinIsWhite, CMYK, CIELab, signed 8- and 16-bit and
/// other layouts are rejected.
public enum TIFFFile {
    /// Reads the first directory of a TIFF.
    ///
    /// - Parameter path: The file.
    /// - Returns: A grey image at the file's depth, or an 8-bit RGB image.
    /// - Throws: `InputError` naming the file, with libtiff's message, when it cannot be
    ///   opened, is not a TIFF, is corrupt or truncated, has an unsupported layout, has zero
    ///   width or height, or has more than 2^28 pixels.
    public static func read(path: String) throws -> DecodedImage {
        try ImageDecoder.decode(path: path, as: .tiff)
    }
}
