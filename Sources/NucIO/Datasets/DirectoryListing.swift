#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The entries of one directory and what each is, read once with `opendir`/`readdir`/`stat`.
///
/// Layout detection and pairing look at a handful of directories, so one listing per
/// directory is read whole and kept sorted by name (byte order) for reproducible output.
struct DirectoryListing: Sendable {
    /// One entry: its name and whether it is a directory (symbolic links are followed).
    struct Entry: Sendable, Equatable {
        /// The name inside the directory.
        let name: String
        /// Whether it is a directory.
        let isDirectory: Bool
    }

    /// The directory listed.
    let path: String
    /// Its entries except `.`, `..` and hidden files, sorted by name.
    let entries: [Entry]

    /// Lists `path`.
    ///
    /// - Parameter path: A directory.
    /// - Throws: `InputError` naming `path` when it does not exist, is not a directory, or
    ///   cannot be read.
    init(path: String) throws {
        guard Self.isDirectory(path) else {
            let problem = Self.exists(path) ? "is not a directory" : "no such directory"
            throw InputError(problem, file: path)
        }
        guard let stream = opendir(path) else {
            throw InputError("cannot list: \(String(cString: strerror(errno)))", file: path)
        }
        defer { closedir(stream) }
        var entries: [Entry] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            guard !name.hasPrefix(".") else { continue }
            entries.append(Entry(name: name, isDirectory: Self.isDirectory(path + "/" + name)))
        }
        self.path = path
        self.entries = entries.sorted { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }
    }

    /// Names of the regular (non-directory) entries.
    var fileNames: [String] { entries.filter { !$0.isDirectory }.map(\.name) }

    /// Names of the subdirectories.
    var directoryNames: [String] { entries.filter(\.isDirectory).map(\.name) }

    /// Whether `name` is a subdirectory.
    ///
    /// - Parameter name: An entry name.
    /// - Returns: True for a directory entry of that exact name.
    func hasDirectory(_ name: String) -> Bool {
        entries.contains { $0.isDirectory && $0.name == name }
    }

    // MARK: - Single paths

    /// Whether something exists at `path` (following symbolic links).
    ///
    /// - Parameter path: Any path.
    /// - Returns: True when `stat` succeeds.
    static func exists(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0
    }

    /// Whether `path` is a directory (following symbolic links).
    ///
    /// - Parameter path: Any path.
    /// - Returns: True for a directory.
    static func isDirectory(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
    }

    /// Whether `path` is a regular file (following symbolic links).
    ///
    /// - Parameter path: Any path.
    /// - Returns: True for a regular file.
    static func isFile(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFREG
    }

    /// The size in bytes of the file at `path` (following symbolic links).
    ///
    /// - Parameter path: Any path.
    /// - Returns: The size, or 0 when nothing is there.
    static func fileSize(_ path: String) -> Int {
        var status = stat()
        return stat(path, &status) == 0 ? Int(status.st_size) : 0
    }
}
