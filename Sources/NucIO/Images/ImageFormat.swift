/// The image file formats the readers decode, recognised by their first bytes.
enum ImageFormat: Sendable {
    /// Portable Network Graphics, through libpng.
    case png
    /// Tagged Image File Format (classic or BigTIFF), through libtiff.
    case tiff

    /// The name used in messages.
    var name: String {
        switch self {
        case .png: "PNG"
        case .tiff: "TIFF"
        }
    }

    /// The PNG signature (PNG specification §5.2).
    static let pngSignature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    /// The TIFF headers: `II` or `MM` then 42 (classic) or 43 (BigTIFF) in that byte order.
    static let tiffSignatures: [[UInt8]] = [
        [0x49, 0x49, 0x2A, 0x00], [0x4D, 0x4D, 0x00, 0x2A], [0x49, 0x49, 0x2B, 0x00], [0x4D, 0x4D, 0x00, 0x2B],
    ]

    /// Recognises a format by its signature.
    ///
    /// - Parameter bytes: The start of a file.
    /// - Returns: The format, or nil when neither signature matches.
    static func detect(_ bytes: UnsafeRawBufferPointer) -> ImageFormat? {
        if bytes.starts(with: pngSignature) { return .png }
        if tiffSignatures.contains(where: { bytes.starts(with: $0) }) { return .tiff }
        return nil
    }
}
