import Foundation
import NucIO

/// A golden file written by `Tools/fixtures/make_statistics_fixtures.py`.
///
/// - Parameter name: The file name inside `Tests/NucMetricsTests/Numerics/Golden`.
/// - Returns: The parsed document.
/// - Throws: If the file cannot be read or parsed.
func statisticsGolden(_ name: String) throws -> JSON {
    let path = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Statistics
        .deletingLastPathComponent()  // NucMetricsTests
        .appendingPathComponent("Numerics/Golden/\(name)").path
    return try JSON.read(path: path)
}
