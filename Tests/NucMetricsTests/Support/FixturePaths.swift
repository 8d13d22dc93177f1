import Foundation

/// The shared golden metric fixtures: `<package root>/../shared/fixtures/metrics`.
///
/// - Returns: The directory URL, located from this source file's path.
func metricsFixturesDirectory() -> URL {
    URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Support
        .deletingLastPathComponent()  // NucMetricsTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // package root
        .deletingLastPathComponent()  // its parent, which holds shared/
        .appendingPathComponent("shared/fixtures/metrics", isDirectory: true)
}
