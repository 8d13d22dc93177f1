import Foundation
import NucIO

/// The PNG and TIFF fixtures written by `Tools/fixtures/make_image_fixtures.py` and what the
/// readers must return for them (`Fixtures/images/expected.json` and one `.npy` each).
enum ImageFixtures {
    /// One fixture's description.
    struct Fixture: Decodable, Sendable {
        let file: String
        let expected: String
        /// "rgb" or "grey".
        let kind: String
        let height: Int
        let width: Int
        /// The numpy dtype of the expected samples.
        let samples: String
        let bitDepth: Int
        /// Whether the values must match exactly; JPEG fixtures only come close.
        let exact: Bool
        let maxMeanAbsDiff: Double?

        enum CodingKeys: String, CodingKey {
            case file, expected, kind, height, width, samples, exact
            case bitDepth = "bit_depth"
            case maxMeanAbsDiff = "max_mean_abs_diff"
        }
    }

    private struct Document: Decodable {
        let fixtures: [String: Fixture]
    }

    /// The folder holding the fixtures.
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/images")

    /// Every fixture by name (the file name without its extension).
    static let all: [String: Fixture] = {
        let url = directory.appendingPathComponent("expected.json")
        guard let data = try? Data(contentsOf: url),
            let document = try? JSONDecoder().decode(Document.self, from: data)
        else { return [:] }
        return document.fixtures
    }()

    /// Names of all fixtures, sorted.
    static var names: [String] { all.keys.sorted() }

    /// Names of the PNG fixtures, sorted.
    static var pngNames: [String] { names.filter { $0.hasPrefix("png_") } }

    /// Names of the TIFF fixtures, sorted.
    static var tiffNames: [String] { names.filter { $0.hasPrefix("tiff_") } }

    /// The path of a file in the fixture folder.
    static func path(_ file: String) -> String {
        directory.appendingPathComponent(file).path
    }

    /// The bytes of a file in the fixture folder.
    static func bytes(_ file: String) throws -> [UInt8] {
        Array(try Data(contentsOf: directory.appendingPathComponent(file)))
    }

    /// The expected samples of a fixture as doubles (exact for every stored type).
    static func expectedValues(_ fixture: Fixture) throws -> [Double] {
        try NpyFile(path: path(fixture.expected)).doubleValues()
    }
}

extension GreyImage.Samples {
    /// The samples as doubles, which hold every value of every case exactly.
    var doubles: [Double] {
        switch self {
        case .uint8(let values): values.map(Double.init)
        case .uint16(let values): values.map(Double.init)
        case .uint32(let values): values.map(Double.init)
        case .int32(let values): values.map(Double.init)
        case .float32(let values): values.map(Double.init)
        }
    }

    /// The numpy dtype name of the case.
    var dtypeName: String {
        switch self {
        case .uint8: "uint8"
        case .uint16: "uint16"
        case .uint32: "uint32"
        case .int32: "int32"
        case .float32: "float32"
        }
    }
}
