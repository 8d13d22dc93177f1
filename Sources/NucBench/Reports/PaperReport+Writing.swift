import Foundation

// MARK: - Files

extension PaperReport {
    /// The report's tables in number order (Table 2 only when the run has prompter tallies).
    public var tables: [Table] {
        [table1] + (table2.map { [$0] } ?? []) + [table3]
    }

    /// The files `write(to:)` creates, by name, with their text: `tableN.md` and `tableN.csv`.
    public var files: [(name: String, text: String)] {
        tables.flatMap { [("table\($0.number).md", $0.markdown), ("table\($0.number).csv", $0.csv)] }
    }

    /// Writes `files` into a directory.
    ///
    /// - Parameter directory: The folder, created as needed; existing files are replaced.
    /// - Returns: The paths written, in `files` order.
    /// - Throws: `InputError` naming the path that cannot be created or written.
    @discardableResult
    public func write(to directory: String) throws -> [String] {
        try ReportFiles.write(files, to: directory)
    }
}

/// Writing a report's named text files into a folder.
enum ReportFiles {
    /// Writes files into a directory.
    ///
    /// - Parameters:
    ///   - files: Names (relative paths without folders) and texts.
    ///   - directory: The folder, created as needed; existing files are replaced.
    /// - Returns: The paths written, in `files` order.
    /// - Throws: `InputError` naming the path that cannot be created or written.
    static func write(_ files: [(name: String, text: String)], to directory: String) throws -> [String] {
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw InputError("cannot create the directory: \(error.localizedDescription)", file: directory)
        }
        return try files.map { file in
            let path = URL(fileURLWithPath: directory).appendingPathComponent(file.name).path
            do {
                try Data(file.text.utf8).write(to: URL(fileURLWithPath: path))
            } catch {
                throw InputError("cannot write the file: \(error.localizedDescription)", file: path)
            }
            return path
        }
    }
}
