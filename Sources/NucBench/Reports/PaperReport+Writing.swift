import Foundation

// MARK: - Files

extension PaperReport {
    /// The files `write(to:)` creates, by name, with their text.
    public var files: [(name: String, text: String)] {
        [
            ("table1.md", markdown(table1)), ("table1.csv", csv(table1)),
            ("table3.md", markdown(table3)), ("table3.csv", csv(table3)),
        ]
    }

    /// Writes `table1.md`, `table1.csv`, `table3.md` and `table3.csv` into a directory.
    ///
    /// - Parameter directory: The folder, created as needed; existing files are replaced.
    /// - Returns: The paths written, in `files` order.
    /// - Throws: `InputError` naming the path that cannot be created or written.
    @discardableResult
    public func write(to directory: String) throws -> [String] {
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
