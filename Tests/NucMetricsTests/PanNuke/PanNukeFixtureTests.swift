import Foundation
import NucIO
import NucMetrics
import Testing

/// PanNuke-metrics and CellViT on the golden folds of `fixtures/metrics/pannuke/`,
/// compared with `expected.json` at tolerance 0 (values from PanNuke-metrics `run.py`
/// at c00014d and CellViT at 05097e1; see that folder's README and `manifest.json`).
@Suite("PanNuke fixtures")
struct PanNukeFixtureTests {}

// MARK: - Loading

extension PanNukeFixtureTests {
    static let folds = ["fold1", "fold2", "fold3"]

    static var directory: URL { metricsFixturesDirectory().appendingPathComponent("pannuke") }

    static func expected() throws -> JSON {
        try JSON.read(path: directory.appendingPathComponent("expected.json").path)
    }

    /// The scanned masks of every image of a fold, and its tissue names.
    static func load(fold: String) throws -> (gt: [PanNukeMasks], pred: [PanNukeMasks], tissues: [String]) {
        let root = directory.appendingPathComponent(fold)
        let gtFile = try NpyFile(path: root.appendingPathComponent("true/masks.npy").path)
        let predFile = try NpyFile(path: root.appendingPathComponent("pred/masks.npy").path)
        let tissues = try NpyFile(path: root.appendingPathComponent("true/types.npy").path).strings()
        func masks(_ file: NpyFile, _ image: Int) throws -> PanNukeMasks {
            try PanNukeMasks(
                height: file.shape[1], width: file.shape[2],
                channels: try PanNukeClass.allCases.map { try file.channel($0.rawValue, ofSlice: image) }
            )
        }
        let images = 0..<gtFile.shape[0]
        return (try images.map { try masks(gtFile, $0) }, try images.map { try masks(predFile, $0) }, tissues)
    }

    /// Compares a fold's per-image, per-tissue, per-class and fold scores with the fixture.
    static func checkFold(
        images: [(binaryPQ: MetricResult<Double>, classPQ: [MetricResult<Double>], multiClassPQ: MetricResult<Double>)],
        perTissue: [PanNukeTissue: PanNukeTissueScores],
        perClass: [MetricResult<Double>],
        multiClassPQ: MetricResult<Double>,
        binaryPQ: MetricResult<Double>,
        expected: JSON,
        context: String
    ) throws -> FixtureScoreChecker {
        var checker = FixtureScoreChecker()
        let expectedImages = try #require(expected["per_image"]?.elements)
        try #require(expectedImages.count == images.count)
        for (index, (image, object)) in zip(images, expectedImages).enumerated() {
            let location = "\(context) image \(index)"
            checker.check(image.binaryPQ, "bpq", in: object, context: location)
            checker.check(image.multiClassPQ, "mpq", in: object, context: location)
            for nucleusClass in PanNukeClass.allCases {
                checker.check(
                    image.classPQ[nucleusClass.rawValue], "pq", in: object, index: nucleusClass.rawValue,
                    context: location
                )
            }
        }
        for tissue in PanNukeTissue.allCases {
            let object = try #require(expected["per_tissue"]?[tissue.rawValue])
            let scores = try #require(perTissue[tissue])
            checker.check(scores.multiClassPQ, "mpq", in: object, context: "\(context) \(tissue.rawValue)")
            checker.check(scores.binaryPQ, "bpq", in: object, context: "\(context) \(tissue.rawValue)")
        }
        for nucleusClass in PanNukeClass.allCases {
            checker.check(
                perClass[nucleusClass.rawValue], "per_class", in: expected, index: nucleusClass.rawValue,
                context: context
            )
        }
        checker.check(multiClassPQ, "mpq", in: expected, context: context)
        checker.check(binaryPQ, "bpq", in: expected, context: context)
        return checker
    }

    /// Compares across-fold summaries with the fixture's `across_folds`.
    static func checkAcrossFolds(_ summary: PanNukeAcrossFolds, expected: JSON, context: String) -> Int {
        var checker = FixtureScoreChecker()
        for (name, spread) in [("mpq", summary.multiClassPQ), ("bpq", summary.binaryPQ)] {
            checker.check(spread.mean, "\(name)_mean", in: expected, context: context)
            checker.check(spread.populationStandardDeviation, "\(name)_std_ddof0", in: expected, context: context)
            checker.check(spread.sampleStandardDeviation, "\(name)_std_ddof1", in: expected, context: context)
        }
        return checker.matched
    }
}

// MARK: - PanNuke-metrics

extension PanNukeFixtureTests {
    @Test("PanNuke-metrics: per-image, per-tissue, per-class and fold scores are bit-exact", arguments: folds)
    func panNukeFold(fold: String) throws {
        let (gt, pred, tissues) = try Self.load(fold: fold)
        let images = try zip(gt, pred).map { try PanNukeImageCounts(gt: $0, pred: $1) }
        let scores = try #require(try PanNukeFoldScores.scores(of: images, tissues: tissues).value)
        let checker = try Self.checkFold(
            images: images.map { ($0.binaryPQ, $0.classPQ, $0.multiClassPQ) },
            perTissue: scores.perTissue, perClass: scores.perClass,
            multiClassPQ: scores.multiClassPQ, binaryPQ: scores.binaryPQ,
            expected: try #require(try Self.expected()[fold]), context: fold
        )
        #expect(checker.compared == images.count * 7 + 19 * 2 + 5 + 2)
        #expect(checker.matched == checker.compared)
    }

    @Test("PanNuke-metrics: mean and std (ddof 0 and 1) over the three folds are bit-exact")
    func panNukeAcrossFolds() throws {
        let folds = try Self.folds.map { fold in
            let (gt, pred, tissues) = try Self.load(fold: fold)
            return try PanNukeFoldScores.scores(
                of: zip(gt, pred).map { try PanNukeImageCounts(gt: $0, pred: $1) }, tissues: tissues)
        }
        let expected = try #require(try Self.expected()["across_folds"])
        #expect(
            Self.checkAcrossFolds(PanNukeAcrossFolds(folds: folds), expected: expected, context: "across folds") == 6)
    }
}

// MARK: - CellViT

extension PanNukeFixtureTests {
    @Test("CellViT: per-image, per-tissue, per-class and image-averaged scores are bit-exact", arguments: folds)
    func cellViTFold(fold: String) throws {
        let (gt, pred, tissues) = try Self.load(fold: fold)
        let images = try zip(gt, pred).map { try CellViTPanNukeImageCounts(gt: $0, pred: $1) }
        let scores = try #require(try CellViTPanNukeFoldScores.scores(of: images, tissues: tissues).value)
        let checker = try Self.checkFold(
            images: images.map { ($0.binaryPQ, $0.classPQ, $0.multiClassPQ) },
            perTissue: scores.perTissue, perClass: scores.perClass,
            multiClassPQ: scores.multiClassPQ, binaryPQ: scores.binaryPQ,
            expected: try #require(try Self.expected()["cellvit"]?[fold]), context: "cellvit \(fold)"
        )
        #expect(checker.compared == images.count * 7 + 19 * 2 + 5 + 2)
        #expect(checker.matched == checker.compared)
    }

    @Test("CellViT: mean and std (ddof 0 and 1) of the image-averaged fold scores are bit-exact")
    func cellViTAcrossFolds() throws {
        let folds = try Self.folds.map { fold in
            let (gt, pred, tissues) = try Self.load(fold: fold)
            return try CellViTPanNukeFoldScores.scores(
                of: zip(gt, pred).map { try CellViTPanNukeImageCounts(gt: $0, pred: $1) }, tissues: tissues
            )
        }
        let expected = try #require(try Self.expected()["cellvit"]?["across_folds"])
        #expect(
            Self.checkAcrossFolds(PanNukeAcrossFolds(folds: folds), expected: expected, context: "cellvit across folds")
                == 6
        )
    }
}
