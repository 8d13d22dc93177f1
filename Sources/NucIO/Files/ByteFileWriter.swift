#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes a whole byte buffer to a file, replacing any file there.
public enum ByteFileWriter {
    /// Creates or truncates `path` and writes `bytes` to it.
    ///
    /// - Parameters:
    ///   - bytes: The file's contents.
    ///   - path: The file to create.
    /// - Throws: `InputError` naming the file when it cannot be created or written.
    public static func write(_ bytes: [UInt8], to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw InputError("cannot create: \(String(cString: strerror(errno)))", file: path)
        }
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeBytes { buffer in
                writeBytes(descriptor, buffer.baseAddress.map { $0 + written }, bytes.count - written)
            }
            if result < 0 && errno == EINTR { continue }
            guard result > 0 else {
                let message = String(cString: strerror(errno))
                close(descriptor)
                throw InputError("cannot write: \(message)", file: path)
            }
            written += result
        }
        guard close(descriptor) == 0 else {
            throw InputError("cannot write: \(String(cString: strerror(errno)))", file: path)
        }
    }

    /// Creates `path` and any missing parent folders, like `mkdir -p`.
    ///
    /// - Parameter path: The folder.
    /// - Throws: `InputError` naming the folder when one cannot be created.
    public static func createDirectories(_ path: String) throws {
        var prefix = path.hasPrefix("/") ? "/" : ""
        for component in path.split(separator: "/") {
            prefix += component
            if mkdir(prefix, 0o755) != 0 && errno != EEXIST {
                throw InputError("cannot create folder: \(String(cString: strerror(errno)))", file: prefix)
            }
            prefix += "/"
        }
    }
}

/// The system's `write(2)`, which would be shadowed inside `ByteFileWriter`.
private func writeBytes(_ descriptor: Int32, _ bytes: UnsafeRawPointer?, _ count: Int) -> Int {
    guard let bytes else { return 0 }
    return write(descriptor, bytes, count)
}
