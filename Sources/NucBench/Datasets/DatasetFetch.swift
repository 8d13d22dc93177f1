import Foundation

/// `nucbench datasets fetch`: downloads an archive into a folder, resuming an interrupted
/// transfer with an HTTP `Range` request and checking its SHA-256.
///
/// Bytes go to `<file>.part` in the target folder and the file gets its final name only
/// when the transfer is complete and its checksum (when one is known) matches. An
/// interrupted transfer keeps `<file>.part`, and running the same fetch again resumes from
/// its length (`Range: bytes=<length>-`); a server that answers 200 instead of 206 is
/// downloaded again from the start. A complete download whose checksum does not match is
/// deleted, since resuming cannot repair it, and the fetch fails.
public enum DatasetFetch {
    /// What a fetch did.
    public struct Outcome: Sendable, Equatable {
        /// The downloaded file.
        public let path: String
        /// Its size in bytes.
        public let size: Int64
        /// Bytes that were already in `<file>.part` and were kept.
        public let resumedFrom: Int64
        /// Its SHA-256 in hex.
        public let sha256: String
        /// Whether a known checksum was compared (and matched).
        public let verified: Bool
        /// Whether the file was already complete and nothing was downloaded.
        public let alreadyPresent: Bool
    }

    /// Downloads `url` to `directory/fileName`.
    ///
    /// - Parameters:
    ///   - url: An `http` or `https` URL.
    ///   - directory: The target folder (created if missing).
    ///   - fileName: The name to save under.
    ///   - expectedSHA256: The archive's checksum in lower-case hex, or nil when unknown.
    ///   - timeout: Seconds without data after which the transfer counts as interrupted.
    /// - Returns: What was done.
    /// - Throws: `InputError` naming the file for a failed or interrupted transfer (the
    ///   partial file is kept), an HTTP error status, or a checksum mismatch (the file is
    ///   deleted).
    public static func fetch(
        url: URL, to directory: String, fileName: String, expectedSHA256: String?, timeout: TimeInterval = 60
    ) throws -> Outcome {
        guard let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https" else {
            throw InputError("can only fetch http:// and https:// URLs, not \(url.absoluteString)")
        }
        let fileManager = FileManager.default
        try? fileManager.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let target = directory + "/" + fileName
        let partial = target + ".part"
        if fileManager.fileExists(atPath: target) {
            return try alreadyPresent(target, expectedSHA256: expectedSHA256)
        }
        let resumedFrom = fileSize(partial)
        let transfer = DownloadTransfer(partialPath: partial, offset: resumedFrom)
        try transfer.run(url: url, timeout: timeout)
        let digest = try SHA256.hexDigest(ofFile: partial)
        if let expectedSHA256, digest != expectedSHA256 {
            try? fileManager.removeItem(atPath: partial)
            throw InputError(
                "checksum mismatch: the download has SHA-256 \(digest), expected \(expectedSHA256); "
                    + "the corrupt file was deleted (resuming cannot repair it), fetch again", file: target)
        }
        do {
            try fileManager.moveItem(atPath: partial, toPath: target)
        } catch {
            throw InputError("cannot rename \(partial): \(error.localizedDescription)", file: target)
        }
        return Outcome(
            path: target, size: fileSize(target), resumedFrom: transfer.keptBytes, sha256: digest,
            verified: expectedSHA256 != nil, alreadyPresent: false)
    }

    private static func alreadyPresent(_ target: String, expectedSHA256: String?) throws -> Outcome {
        let digest = try SHA256.hexDigest(ofFile: target)
        if let expectedSHA256, digest != expectedSHA256 {
            throw InputError(
                "already exists with SHA-256 \(digest), expected \(expectedSHA256); delete it to download again",
                file: target)
        }
        return Outcome(
            path: target, size: fileSize(target), resumedFrom: 0, sha256: digest, verified: expectedSHA256 != nil,
            alreadyPresent: true)
    }

    /// The size of a file, 0 when missing.
    static func fileSize(_ path: String) -> Int64 {
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        return (attributes?[.size] as? NSNumber)?.int64Value ?? 0
    }
}
