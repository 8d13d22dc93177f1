import Foundation
import NucIO
import Testing

/// The shared golden metric fixtures: `<package root>/../shared/fixtures/metrics`.
func metricsFixturesPath(_ relative: String) -> String {
    URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Support
        .deletingLastPathComponent()  // NucBenchTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // package root
        .deletingLastPathComponent()  // its parent, which holds shared/
        .appendingPathComponent("shared/fixtures/metrics/\(relative)").path
}

/// Records an issue for every difference between a calculator's output and a golden value.
///
/// Objects must have the same keys (except `ignoring`), numbers the same double
/// (tolerance 0), and `nan` lists the same entries in any order.
///
/// - Returns: The number of leaf values compared (so a test can show it compared something).
@discardableResult
func expectMatches(
    _ actual: JSON, _ expected: JSON, at path: String = "$", ignoring: Set<String> = [],
    sourceLocation: SourceLocation = #_sourceLocation
) -> Int {
    switch (actual, expected) {
    case (.object, .object):
        let actualKeys = Set(actual.keys ?? []).subtracting(ignoring)
        let expectedKeys = Set(expected.keys ?? []).subtracting(ignoring)
        #expect(actualKeys == expectedKeys, "keys of \(path)", sourceLocation: sourceLocation)
        var compared = 0
        for key in actualKeys.intersection(expectedKeys).sorted() {
            guard let actualValue = actual[key], let expectedValue = expected[key] else { continue }
            if key == "nan" {
                let actualSet = Set(actualValue.elements?.compactMap(\.text) ?? [])
                let expectedSet = Set(expectedValue.elements?.compactMap(\.text) ?? [])
                #expect(actualSet == expectedSet, "\(path).nan", sourceLocation: sourceLocation)
                compared += 1
            } else {
                compared += expectMatches(
                    actualValue, expectedValue, at: "\(path).\(key)", ignoring: ignoring, sourceLocation: sourceLocation
                )
            }
        }
        return compared
    case (.array(let actualItems), .array(let expectedItems)):
        #expect(actualItems.count == expectedItems.count, "length of \(path)", sourceLocation: sourceLocation)
        return zip(actualItems, expectedItems).enumerated().reduce(0) { total, item in
            total
                + expectMatches(
                    item.element.0, item.element.1, at: "\(path)[\(item.offset)]", ignoring: ignoring,
                    sourceLocation: sourceLocation)
        }
    case (.number, .number):
        #expect(actual.double == expected.double, "\(path)", sourceLocation: sourceLocation)
        return 1
    default:
        #expect(actual == expected, "\(path)", sourceLocation: sourceLocation)
        return 1
    }
}
