import Foundation

/// The nucbench source revision a run records.
///
/// The library has no build-time revision, so it asks git about the nucbench checkout the
/// process runs from: the working directory or an ancestor of the executable holding a
/// `Package.swift` that declares `nucbench`. The record says which it used:
/// `git:<40 hex>` (with `-dirty` when tracked files differ from HEAD) or, without a checkout
/// or git, `release:<version>`.
public enum SourceRevision {
    /// The release recorded when no checkout is found.
    public static let release = "nucbench-0.1.0"

    /// The nucbench checkout this process runs from, if any: the working directory or an ancestor
    /// of the executable holding nucbench's `Package.swift`.
    public static let checkout: String? = checkoutRoot()

    /// The revision of this process's nucbench source, computed once.
    public static let current: String = {
        guard let root = checkout, let head = git(["rev-parse", "HEAD"], in: root),
            head.count == 40, head.allSatisfy(\.isHexDigit)
        else { return "release:" + release }
        let changes = git(["status", "--porcelain", "--untracked-files=no"], in: root)
        return "git:" + head + (changes?.isEmpty == false ? "-dirty" : "")
    }()

    /// The nucbench checkout: the working directory or an ancestor of the executable.
    private static func checkoutRoot() -> String? {
        var candidates = [FileManager.default.currentDirectoryPath]
        var folder = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
            .deletingLastPathComponent()
        while folder.path != "/" && !folder.path.isEmpty {
            candidates.append(folder.path)
            folder.deleteLastPathComponent()
        }
        return candidates.first { directory in
            guard let manifest = FileManager.default.contents(atPath: directory + "/Package.swift") else {
                return false
            }
            return String(decoding: manifest, as: UTF8.self).contains("name: \"nucbench\"")
        }
    }

    /// Runs git in `directory`; its trimmed output, or nil when it fails.
    private static func git(_ arguments: [String], in directory: String) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", directory] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return nil
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
