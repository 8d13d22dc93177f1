import Foundation
import NucCore
import NucIO

/// The pipeline fixtures written by `Tools/fixtures/promptnucseg_postprocess.py` (PromptNucSeg
/// fce0290's post-processing re-implemented in numpy; regenerate with
/// `python3 Tools/fixtures/promptnucseg_postprocess.py`).
struct PipelineFixture: Decodable {
    struct TileOffsets: Decodable {
        let size: Int
        let overlap: Int
        let offsets: [Int]
    }

    struct Negatives: Decodable {
        let points: [[Double]]
        let negatives: Int
        let compat: Bool
        let expectedPoints: [[[Double]]]
        let expectedLabels: [[Int]]
    }

    struct Suppression: Decodable {
        let boxes: [[Int]]
        let scores: [Double]
        let threshold: Double
        let keep: [Int]
    }

    struct Padding: Decodable {
        let height: Int
        let width: Int
        let multiple: Int
        let samples: [UInt8]
        let paddedHeight: Int
        let paddedWidth: Int
        let paddedSamples: [UInt8]
    }

    struct PanNuke: Decodable {
        let prompts: [[Double]]
        let classes: [Int]
        let shapes: [[Int]]
        let iouBase: [Double]
        let boxes: [[Int]]
        let keep: [Int]
        let iouThreshold: Double
        let instances: String
        let channels: String
        let classMap: String
    }

    struct Tile: Decodable {
        let box: [Int]
        let prompts: [Int]
        let points: [[[Double]]]?
        let labels: [[Int]]?
        let candidates: [Int]
    }

    struct Tiled: Decodable {
        let name: String
        let width: Int
        let height: Int
        let overlap: Int
        let negatives: Int
        let compat: Bool
        let iouThreshold: Double
        let padMultiple: Int?
        let prompts: [[Double]]
        let shapes: [[Int]]
        let iouBase: [Double]
        let iouNegativeDelta: [Double]
        let iouTileStep: [Double]
        let tiles: [Tile]
        let candidateOrder: [CandidateRow]
        let firstAspect: [Int]
        let keep: [Int]
        let instances: String
    }

    /// `[prompt, [x1, y1, x2, y2], score]`.
    struct CandidateRow: Decodable {
        let prompt: Int
        let box: [Int]
        let score: Double

        init(from decoder: Decoder) throws {
            var container = try decoder.unkeyedContainer()
            prompt = try container.decode(Int.self)
            box = try container.decode([Int].self)
            score = try container.decode(Double.self)
        }
    }

    let tileOffsets: [TileOffsets]
    let negatives: [Negatives]
    let nms: [Suppression]
    let padding: Padding
    let pannuke: PanNuke
    let tiled: [Tiled]

    /// The fixture folder.
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/pipeline").path

    /// The decoded `pipeline.json`.
    static let shared: PipelineFixture? = {
        guard let data = FileManager.default.contents(atPath: directory + "/pipeline.json") else { return nil }
        return try? JSONDecoder().decode(PipelineFixture.self, from: data)
    }()

    /// Loads the fixture or throws.
    static func load() throws -> PipelineFixture {
        guard let fixture = shared else { throw InputError("cannot decode pipeline.json", file: directory) }
        return fixture
    }

    /// The values of a fixture `.npy` file as Int32.
    static func map(_ name: String) throws -> [Int32] {
        try NpyFile(path: directory + "/" + name).int64Values().map { Int32($0) }
    }
}
