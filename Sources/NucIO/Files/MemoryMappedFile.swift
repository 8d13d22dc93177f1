#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A read-only memory mapping of a whole regular file, unmapped when the last reference goes.
///
/// Pages are read from disk on first access only, so a reader touches just the bytes it
/// needs. `release(_:)` hands pages back to the kernel once a pass has read them, which keeps
/// the resident set small while streaming files larger than memory.
///
/// The mapping is `PROT_READ` and `MAP_PRIVATE` and is never written, so sharing it between
/// threads is safe: a released page that another thread touches again is re-read from the
/// file with the same contents. Truncating the file while it is mapped is outside this
/// contract (the kernel then raises `SIGBUS` on access).
final class MemoryMappedFile: @unchecked Sendable {
    /// Length of the file and of the mapping in bytes; always positive.
    let count: Int
    private let base: UnsafeMutableRawPointer

    /// Maps the file at `path`.
    ///
    /// - Parameter path: A regular, non-empty file.
    /// - Throws: `InputError` naming the file when it is missing, unreadable, a directory,
    ///   not a regular file, empty, or cannot be mapped.
    init(path: String) throws {
        // O_NONBLOCK: opening a FIFO must fail below, not wait for a writer.
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else {
            throw InputError("cannot open: \(Self.systemErrorDescription())", file: path)
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            throw InputError("cannot read file status: \(Self.systemErrorDescription())", file: path)
        }
        let fileType = status.st_mode & S_IFMT
        guard fileType != S_IFDIR else {
            throw InputError("is a directory, not a file", file: path)
        }
        guard fileType == S_IFREG else {
            throw InputError("is not a regular file", file: path)
        }
        guard status.st_size > 0 else {
            throw InputError("empty file", file: path)
        }
        let size = Int(status.st_size)
        guard let address = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0), address != MAP_FAILED
        else {
            throw InputError("cannot memory-map: \(Self.systemErrorDescription())", file: path)
        }
        self.count = size
        self.base = address
    }

    deinit {
        munmap(base, count)
    }

    /// Runs `body` with the mapped bytes, keeping the mapping alive until it returns.
    ///
    /// - Parameter body: Reads the bytes; it must not let the buffer escape.
    /// - Returns: What `body` returns.
    /// - Throws: What `body` throws.
    func withBytes<Result>(_ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
        try withExtendedLifetime(self) {
            try body(UnsafeRawBufferPointer(start: base, count: count))
        }
    }

    /// Drops the pages covering `range` from this process's resident set.
    ///
    /// The range is widened to whole pages. Later reads fault the pages back in from the
    /// file (or the page cache), so this only ever costs time, never correctness.
    ///
    /// - Parameter range: Byte offsets into the file; clamped to the mapping.
    func release(_ range: Range<Int>) {
        let lower = max(range.lowerBound, 0)
        let upper = min(range.upperBound, count)
        guard lower < upper else { return }
        let start = lower - lower % Self.pageSize
        _ = madvise(base + start, upper - start, MADV_DONTNEED)
    }

    private static let pageSize = max(Int(sysconf(Int32(_SC_PAGESIZE))), 1)

    private static func systemErrorDescription() -> String {
        String(cString: strerror(errno))
    }
}
