/// The kinds of file nucbench reads, recognised by their first bytes rather than their names.
public enum FileSignature: Sendable, Equatable {
    /// numpy `.npy` (`\x93NUMPY`).
    case npy
    /// PNG image.
    case png
    /// TIFF image (classic or BigTIFF).
    case tiff
    /// MATLAB `.mat` (its 116-byte text header starts with `MATLAB`).
    case mat
    /// Anything else.
    case unknown

    /// Reads the first bytes of a file and names its kind.
    ///
    /// - Parameter path: The file.
    /// - Returns: Its kind.
    /// - Throws: `InputError` when the file cannot be opened (missing, directory, empty).
    public static func sniff(path: String) throws -> FileSignature {
        try MemoryMappedFile(path: path).withBytes { bytes in
            let head = UnsafeRawBufferPointer(rebasing: bytes.prefix(8))
            if head.starts(with: [0x93] + Array("NUMPY".utf8)) { return .npy }
            if head.starts(with: Array("MATLAB".utf8)) { return .mat }
            switch ImageFormat.detect(head) {
            case .png: return .png
            case .tiff: return .tiff
            case nil: return .unknown
            }
        }
    }
}
