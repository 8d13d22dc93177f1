import Foundation

/// SHA-256 digests of the data and prediction files a run reads, for its record.
///
/// A file up to `fullLimit` bytes (4 MiB: every Kumar and CPM-17 label or prediction file) is
/// hashed whole. A larger one gets a sampled digest: SHA-256 of its size (8 bytes,
/// little-endian) followed by `sampleCount` blocks of `sampleLength` bytes at offsets
/// `k · (size − sampleLength) / (sampleCount − 1)`, k = 0 … `sampleCount` − 1 — the first block
/// holds the `.npy` header, the last one the file's end. The reason is time: PanNuke's
/// `masks.npy` are 1–8 GB per fold, and nucbench's SHA-256 hashed 19 MB in 4.5 s in a debug
/// build on the shared 2-core machine, so hashing whole folds would cost more than scoring
/// them. A sampled digest detects a different or truncated file, not every changed byte. A set
/// of files digests the lines `<name>\t<size>\t<file digest>\n` in the given order. The prefix
/// says which rule applied: `sha256:` when every file was hashed whole, `sha256-sampled:` otherwise.
public enum ContentDigest {
    /// Largest file hashed whole: 4 MiB.
    public static let fullLimit = 4 << 20
    /// Blocks read from a larger file.
    public static let sampleCount = 64
    /// Bytes per block: 16 KiB (1 MiB read per sampled file).
    public static let sampleLength = 16 << 10

    /// The digest of a set of files.
    ///
    /// - Parameters:
    ///   - files: The files, as (name recorded, path); the order is part of the digest.
    ///   - fullLimit: Largest file hashed whole (tests lower it).
    ///   - sampleLength: Bytes per sampled block (tests lower it).
    /// - Returns: `sha256:<hex>` or `sha256-sampled:<hex>`.
    /// - Throws: `InputError` naming a file that cannot be read.
    public static func digest(
        of files: [(name: String, path: String)], fullLimit: Int = fullLimit, sampleLength: Int = sampleLength
    ) throws -> String {
        var combined = SHA256()
        var sampled = false
        for file in files {
            let path = URL(fileURLWithPath: file.path).resolvingSymlinksInPath().path
            let size = try fileSize(path)
            let digest: String
            if size <= fullLimit {
                digest = try SHA256.hexDigest(ofFile: path)
            } else {
                digest = try sampledDigest(path, size: size, sampleLength: sampleLength)
                sampled = true
            }
            combined.update(Array("\(file.name)\t\(size)\t\(digest)\n".utf8))
        }
        return (sampled ? "sha256-sampled:" : "sha256:") + combined.hexDigest()
    }

    private static func fileSize(_ path: String) throws -> Int {
        do {
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            guard let size = attributes[.size] as? NSNumber else {
                throw InputError("cannot read the file size", file: path)
            }
            return size.intValue
        } catch let error as InputError {
            throw error
        } catch {
            throw InputError("cannot read the file: \(error.localizedDescription)", file: path)
        }
    }

    private static func sampledDigest(_ path: String, size: Int, sampleLength: Int) throws -> String {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw InputError("cannot open the file", file: path)
        }
        defer { try? handle.close() }
        var hasher = SHA256()
        hasher.update((0..<8).map { UInt8(truncatingIfNeeded: UInt64(size) >> (8 * $0)) })
        let span = size - sampleLength
        for block in 0..<sampleCount {
            let offset = span * block / (sampleCount - 1)
            do {
                try handle.seek(toOffset: UInt64(offset))
                guard let data = try handle.read(upToCount: sampleLength), data.count == sampleLength else {
                    throw InputError("file ended early while hashing at byte \(offset)", file: path)
                }
                hasher.update(Array(data))
            } catch let error as InputError {
                throw error
            } catch {
                throw InputError("cannot read the file: \(error.localizedDescription)", file: path)
            }
        }
        return hasher.hexDigest()
    }
}
